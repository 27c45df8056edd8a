import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Progress, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, uploadWithProgress, type UploadProgress } from '../api';
import { useComponentT } from './messages';

/**
 * Uploads one .xlsx to `url`. The server takes the file whole or not at all; when it refuses,
 * its Chinese message and the rows it names open in a dialog (a card header has no room for
 * a hundred lines).
 */
export function XlsxUpload({
  url,
  label,
  onDone,
  testId,
}: {
  url: string;
  label: string;
  onDone(result: unknown): void;
  testId?: string;
}) {
  const { message } = App.useApp();
  const t = useComponentT();
  const [error, setError] = useState<{ message: string; details: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  return (
    <>
      <Upload
        accept=".xlsx"
        showUploadList={false}
        beforeUpload={async (file) => {
          setBusy(true);
          setError(null);
          setProgress(null);
          const form = new FormData();
          form.append('file', file);
          try {
            const result = await uploadWithProgress(url, form, setProgress);
            onDone(result);
          } catch (e) {
            setError(
              e instanceof ApiError
                ? { message: e.message, details: e.details }
                : { message: t('uploadFailed'), details: [] },
            );
            message.error(t('importFailed'));
          } finally {
            setBusy(false);
            setProgress(null);
          }
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} data-testid={testId}>
          {label}
        </Button>
      </Upload>
      {busy && progress && (
        // Where a long import stands (a ledger of a few thousand rows takes a while).
        <div style={{ minWidth: 220 }} data-testid={testId ? `${testId}-progress` : undefined}>
          <Progress
            size="small"
            percent={progress.total ? Math.floor((progress.done / progress.total) * 100) : 0}
            status="active"
          />
          <span style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>
            {t(`phase_${progress.phase}`, { done: progress.done, total: progress.total })}
          </span>
        </div>
      )}
      {error && (
        <Modal
          open
          title={t('importFailed')}
          onCancel={() => setError(null)}
          footer={<Button onClick={() => setError(null)}>{t('close')}</Button>}
          width={640}
        >
          <Alert
            type="error"
            showIcon
            title={error.message}
            description={
              error.details.length > 0 && (
                <ul style={{ margin: 0, paddingLeft: 20, maxHeight: 360, overflow: 'auto' }}>
                  {error.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )
            }
            data-testid={testId ? `${testId}-error` : undefined}
          />
        </Modal>
      )}
    </>
  );
}
