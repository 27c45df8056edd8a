import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api';
import { defineMessages } from '../../i18n';
import type { MatterDetail } from './types';

const useT = defineMessages({
  zh: { title: '附件', uploaded: '已上传：{name}', upload: '上传', none: '无附件' },
  en: {
    title: 'Attachments',
    uploaded: 'Uploaded: {name}',
    upload: 'Upload',
    none: 'No attachments',
  },
});

const ACCEPT = '.pdf,.docx,.xlsx,.ofd,.jpg,.jpeg,.png';

/** A matter's files: the server checks size (10 MB) and type by the file's own signature. */
export function Attachments({
  matter,
  canUpload,
  onDone,
}: {
  matter: MatterDetail;
  canUpload: boolean;
  onDone(): Promise<void>;
}) {
  const { message } = App.useApp();
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <Card
      title={t('title')}
      size="small"
      extra={
        canUpload && (
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            beforeUpload={async (file) => {
              setBusy(true);
              const form = new FormData();
              form.append('file', file);
              try {
                await api('POST', `/api/matters/${matter.id}/attachments`, form);
                message.success(t('uploaded', { name: file.name }));
                await onDone();
              } catch (e) {
                message.error((e as Error).message);
              } finally {
                setBusy(false);
              }
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={busy}>
              {t('upload')}
            </Button>
          </Upload>
        )
      }
    >
      <List
        size="small"
        dataSource={matter.attachments}
        locale={{ emptyText: t('none') }}
        renderItem={(a) => (
          <List.Item>
            <a href={`/api/matters/${matter.id}/attachments/${a.id}`}>
              <PaperClipOutlined /> {a.fileName}
            </a>
            <span style={{ color: '#999' }}>{Math.ceil(a.size / 1024)} KB</span>
          </List.Item>
        )}
      />
    </Card>
  );
}
