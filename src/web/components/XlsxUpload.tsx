import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, api } from '../api';

/**
 * Uploads one .xlsx to `url`. The server takes the file whole or not at all; when it refuses,
 * its Chinese message (which names the rows) is shown as it is.
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
  const [error, setError] = useState<{ message: string; details: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Upload
        accept=".xlsx"
        showUploadList={false}
        beforeUpload={async (file) => {
          setBusy(true);
          setError(null);
          const form = new FormData();
          form.append('file', file);
          try {
            const result = await api('POST', url, form);
            onDone(result);
          } catch (e) {
            setError(
              e instanceof ApiError
                ? { message: e.message, details: e.details }
                : { message: '上传失败', details: [] },
            );
            message.error('导入失败，未保存任何数据');
          } finally {
            setBusy(false);
          }
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy} data-testid={testId}>
          {label}
        </Button>
      </Upload>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error.message}
          description={
            error.details.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {error.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )
          }
          style={{ marginTop: 12 }}
          data-testid={testId ? `${testId}-error` : undefined}
        />
      )}
    </>
  );
}
