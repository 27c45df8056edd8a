import { Alert, App, Button, Card, DatePicker, Form, Input, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { formatBeijing } from '../../../core/beijing-time';
import { get, qs } from '../../api';
import { useI18n } from '../../i18n';
import type { AuditView } from '../../types';

interface Filters {
  q?: string;
  actor?: string;
  range?: [Dayjs, Dayjs] | null;
}

/** The audit admin's view: search the trail, export it, verify its hash chain. */
export function AuditPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Filters>({});
  const [items, setItems] = useState<AuditView[]>([]);
  const [more, setMore] = useState(false);
  const [verdict, setVerdict] = useState<{ ok: boolean; text: string } | null>(null);

  const params = useCallback(
    (beforeSeq?: number) =>
      qs({
        q: filters.q,
        actor: filters.actor,
        from: filters.range?.[0]?.format('YYYY-MM-DD'),
        to: filters.range?.[1]?.format('YYYY-MM-DD'),
        beforeSeq,
      }),
    [filters],
  );

  const load = useCallback(
    async (beforeSeq?: number) => {
      const r = await get<{ items: AuditView[] }>(`/api/audit${params(beforeSeq)}`);
      setItems((prev) => (beforeSeq ? [...prev, ...r.items] : r.items));
      setMore(r.items.length === 50);
    },
    [params],
  );
  useEffect(() => {
    load().catch((e) => message.error((e as Error).message));
  }, [load, message]);

  async function verify() {
    const r = await get<{
      ok: boolean;
      checked: number;
      problems: { seq: number; problem: string }[];
    }>('/api/audit/verify');
    setVerdict({
      ok: r.ok,
      text: r.ok
        ? t('chainIntact', { n: r.checked })
        : t('chainBroken', {
            problems: r.problems.map((p) => `#${p.seq} ${p.problem}`).join('；'),
          }),
    });
  }

  return (
    <Card
      title={t('audit')}
      extra={
        <Space>
          <Button onClick={verify} data-testid="audit-verify">
            {t('verifyChain')}
          </Button>
          <Button href={`/api/audit/export.xlsx${params()}`}>{t('exportXlsx')}</Button>
        </Space>
      }
    >
      {verdict && (
        <Alert
          type={verdict.ok ? 'success' : 'error'}
          title={verdict.text}
          style={{ marginBottom: 16 }}
          data-testid="audit-verdict"
        />
      )}
      <Form layout="inline" onFinish={(v: Filters) => setFilters(v)} style={{ marginBottom: 16 }}>
        <Form.Item name="q" label={t('keyword')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="actor" label={t('actor')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="range">
          <DatePicker.RangePicker />
        </Form.Item>
        <Button htmlType="submit" type="primary">
          {t('search')}
        </Button>
      </Form>
      <Table
        rowKey="seq"
        size="small"
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('noData') }}
        columns={[
          { title: '#', dataIndex: 'seq', width: 70 },
          { title: t('time'), render: (_, r) => formatBeijing(new Date(r.at)), width: 170 },
          { title: t('actor'), dataIndex: 'actorName', width: 120 },
          { title: t('ip'), dataIndex: 'ip', width: 120 },
          { title: t('summary'), dataIndex: 'summary' },
        ]}
      />
      {more && (
        <Button style={{ marginTop: 16 }} onClick={() => load(items[items.length - 1]?.seq)}>
          {t('loadMore')}
        </Button>
      )}
    </Card>
  );
}
