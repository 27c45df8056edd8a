import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
  Tag,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, get, post, qs } from '../../api';
import { useIntakeT } from './messages';
import type { IntakeSummary, IntakeView } from './types';

/** Paste or upload a report; the texts read so far below. */
export function StartPage() {
  const t = useIntakeT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ title: string; planYear: number; text: string }>();
  const [items, setItems] = useState<IntakeSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void get<{ items: IntakeSummary[] }>('/api/intakes').then((r) => setItems(r.items));
  }, []);

  async function run(work: () => Promise<IntakeView>) {
    setBusy(true);
    setError(null);
    try {
      const view = await work();
      if (view.existing) message.info(t('existing'));
      navigate(`/intake/${view.id}`);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card title={t('title')}>
        <p>{t('intro')}</p>
        {error && (
          <Alert
            type="error"
            title={error}
            style={{ marginBottom: 12 }}
            data-testid="intake-error"
          />
        )}
        <Form form={form} layout="vertical" initialValues={{ planYear: new Date().getFullYear() }}>
          <Space align="start" wrap>
            <Form.Item name="title" label={t('docTitle')} rules={[{ required: true, max: 80 }]}>
              <Input
                style={{ width: 360 }}
                placeholder={t('docTitlePlaceholder')}
                data-testid="intake-title"
              />
            </Form.Item>
            <Form.Item name="planYear" label={t('planYear')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} data-testid="intake-year" />
            </Form.Item>
          </Space>
          <Form.Item name="text" label={t('pasteHere')} rules={[{ required: true, max: 30000 }]}>
            <Input.TextArea rows={12} showCount maxLength={30000} data-testid="intake-text" />
          </Form.Item>
          <Space>
            <Button
              type="primary"
              loading={busy}
              data-testid="intake-read"
              onClick={async () => {
                const v = await form.validateFields();
                await run(() => post<IntakeView>('/api/intakes', v));
              }}
            >
              {t('read')}
            </Button>
            <Upload
              accept=".txt,.docx"
              showUploadList={false}
              beforeUpload={async (file) => {
                const planYear = form.getFieldValue('planYear') as number;
                const title = (form.getFieldValue('title') as string | undefined) || undefined;
                const body = new FormData();
                body.append('file', file);
                await run(() =>
                  api<IntakeView>('POST', `/api/intakes/upload${qs({ planYear, title })}`, body),
                );
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={busy}>
                {t('upload')}
              </Button>
            </Upload>
          </Space>
        </Form>
      </Card>
      <Card title={t('previous')} size="small">
        <Table<IntakeSummary>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={items}
          columns={[
            {
              title: t('docTitle'),
              render: (_, r) => <Link to={`/intake/${r.id}`}>{r.title}</Link>,
            },
            { title: t('planYear'), dataIndex: 'planYear', width: 90 },
            {
              title: t('proposals'),
              width: 220,
              render: (_, r) =>
                `${r.counts.total} / ${t('accepted')} ${r.counts.accepted} / ${t('flagged')} ${r.counts.flagged}`,
            },
            { title: t('edits'), dataIndex: 'editCount', width: 90 },
            {
              title: '',
              width: 110,
              render: (_, r) => (
                <Tag color={r.status === 'committed' ? 'green' : 'blue'}>
                  {t(r.status === 'committed' ? 'committed' : 'draft')}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
