import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { get, post } from '../../api';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { useT } from './messages';
import { usePageT } from './page-messages';
import { EVALUATED_KINDS, TITLE_LABELS } from './types';

interface Version {
  id: string;
  titleKind: string;
  name: string;
  source: string;
  effectiveFrom: string;
  params: unknown;
  builtin: boolean;
}

/** Criteria versions: the shipped 2022 set and any added as data (never rewriting earlier years). */
export function CriteriaPage() {
  const t = useT();
  const pt = usePageT();
  const { label: pick } = useI18n();
  const { message } = App.useApp();
  const [data, setData] = useState<{ versions: Version[]; canEdit: boolean } | null>(null);
  const [adding, setAdding] = useState(false);
  const load = useCallback(async () => setData(await get('/api/enterprise-criteria')), []);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Card
      extra={data?.canEdit && <Button onClick={() => setAdding(true)}>{t('addVersion')}</Button>}
    >
      <Alert style={{ marginBottom: 12 }} type="info" message={pt('criteriaNote')} />
      <Table<Version>
        rowKey="id"
        size="small"
        loading={!data}
        dataSource={data?.versions ?? []}
        pagination={false}
        expandable={{
          expandedRowRender: (v) => (
            <pre style={{ fontSize: 12 }}>{JSON.stringify(v.params, null, 2)}</pre>
          ),
        }}
        columns={[
          {
            title: t('title'),
            render: (_, v) => pick(TITLE_LABELS[v.titleKind as keyof typeof TITLE_LABELS]),
          },
          { title: pt('name'), dataIndex: 'name' },
          { title: t('source'), dataIndex: 'source' },
          { title: t('effectiveFrom'), dataIndex: 'effectiveFrom' },
          { title: '', render: (_, v) => (v.builtin ? <Tag>{t('builtin')}</Tag> : null) },
        ]}
      />
      {adding && (
        <FormModal
          title={t('addVersion')}
          width={720}
          onClose={() => setAdding(false)}
          onSubmit={async (v: Record<string, unknown>) => {
            let params: unknown;
            try {
              params = JSON.parse(String(v.params));
            } catch {
              throw new Error(pt('invalidJson'));
            }
            await post('/api/enterprise-criteria', {
              titleKind: v.titleKind,
              name: v.name,
              source: v.source,
              effectiveFrom: (v.effectiveFrom as { format(f: string): string }).format(
                'YYYY-MM-DD',
              ),
              params,
            });
            message.success(t('saved'));
            setAdding(false);
            await load();
          }}
        >
          <Form.Item name="titleKind" label={t('title')} rules={[{ required: true }]}>
            <Select
              options={EVALUATED_KINDS.map((k) => ({ value: k, label: pick(TITLE_LABELS[k]) }))}
            />
          </Form.Item>
          <Form.Item name="name" label={pt('name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="source" label={t('source')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t('effectiveFrom')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="params"
            label={t('params')}
            rules={[{ required: true }]}
            extra={pt('paramsExtra')}
          >
            <Input.TextArea rows={10} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
