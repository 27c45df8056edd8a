import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api';
import type { MatterDetail } from './types';

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
  const [busy, setBusy] = useState(false);
  return (
    <Card
      title="附件"
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
                message.success(`已上传：${file.name}`);
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
              上传
            </Button>
          </Upload>
        )
      }
    >
      <List
        size="small"
        dataSource={matter.attachments}
        locale={{ emptyText: '无附件' }}
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
