import { Alert, Button, DatePicker, Empty, InputNumber, Space, Spin, Table } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, get, post } from '../../api';
import { XlsxUpload } from '../../components/XlsxUpload';
import { pct } from './links';
import { useProjectT } from './messages';
import { useDetailT } from './detail-messages';
import type { InvestmentFormT } from './types';

/**
 * A unit's whole month on one screen: every project it reports for, last month's figure
 * beside the box. Saved all together or not at all; a refused row is named.
 */
export function InvestmentBatchPage() {
  const t = useProjectT();
  const d = useDetailT();
  const [month, setMonth] = useState(dayjs().subtract(1, 'month').format('YYYY-MM'));
  const [form, setForm] = useState<InvestmentFormT | null>(null);
  const [values, setValues] = useState<Record<string, number | null>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{
    type: 'success' | 'error';
    text: string;
    details?: string[];
  } | null>(null);

  useEffect(() => {
    setForm(null);
    setMessage(null);
    get<InvestmentFormT>(`/api/projects/investment-form?month=${month}`).then(
      (f) => {
        setForm(f);
        setValues(Object.fromEntries(f.items.map((i) => [i.projectId, i.ytdCompleted])));
      },
      (e: Error) => setMessage({ type: 'error', text: e.message }),
    );
  }, [month]);

  async function save() {
    if (!form) return;
    const items = form.items
      .filter((i) => values[i.projectId] !== null && values[i.projectId] !== undefined)
      .map((i) => ({ projectId: i.projectId, ytdCompleted: values[i.projectId]! }));
    if (items.length === 0) return;
    setBusy(true);
    try {
      const r = await post<{ saved: number }>('/api/projects/investments', { month, items });
      setMessage({ type: 'success', text: t('saved', { n: r.saved }) });
    } catch (e) {
      const err = e as ApiError;
      setMessage({ type: 'error', text: err.message, details: err.details });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <span>{t('month')}</span>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          data-testid="batch-month"
        />
        <Button
          type="primary"
          loading={busy}
          onClick={save}
          disabled={!form || form.items.length === 0}
          data-testid="batch-save"
        >
          {t('save')}
        </Button>
        <Button href={`/api/projects/investment-form.xlsx?month=${month}`}>
          {t('downloadForm')}
        </Button>
        <XlsxUpload
          url={`/api/projects/investments/import?month=${month}`}
          label={t('importForm')}
          onDone={(r) => {
            setMessage({
              type: 'success',
              text: t('saved', { n: (r as { saved: number }).saved }),
            });
            get<InvestmentFormT>(`/api/projects/investment-form?month=${month}`).then((f) => {
              setForm(f);
              setValues(Object.fromEntries(f.items.map((i) => [i.projectId, i.ytdCompleted])));
            });
          }}
          testId="batch-import"
        />
      </Space>
      {message && (
        <Alert
          type={message.type}
          message={message.text}
          description={
            message.details?.length ? message.details.map((d) => <div key={d}>{d}</div>) : undefined
          }
          data-testid="batch-message"
        />
      )}
      {!form ? (
        <Spin tip={t('loading')}>
          <div style={{ height: 160 }} />
        </Spin>
      ) : form.items.length === 0 ? (
        <Empty description={t('noProjects')} />
      ) : (
        <Table
          rowKey="projectId"
          size="small"
          pagination={false}
          dataSource={form.items}
          data-testid="batch-table"
          columns={[
            { title: d('seq'), width: 60, render: (_, __, i) => i + 1 },
            {
              title: t('name'),
              render: (_, r) => <Link to={`/projects/p/${r.projectId}`}>{r.name}</Link>,
            },
            { title: t('unit'), width: 110, dataIndex: 'unit' },
            {
              title: t('annualPlan'),
              width: 140,
              align: 'right',
              render: (_, r) => r.annualPlan.toFixed(2),
            },
            {
              title: t('previous'),
              width: 140,
              align: 'right',
              render: (_, r) => r.previous?.toFixed(2) ?? '—',
            },
            {
              title: t('ytd'),
              width: 170,
              render: (_, r) => (
                <InputNumber
                  min={0}
                  precision={2}
                  value={values[r.projectId]}
                  onChange={(v) => setValues((s) => ({ ...s, [r.projectId]: v }))}
                  data-testid={`ytd-${r.projectId}`}
                />
              ),
            },
            {
              title: t('investmentRate'),
              width: 100,
              align: 'right',
              render: (_, r) => {
                const v = values[r.projectId];
                return v === null || v === undefined || !r.annualPlan
                  ? '—'
                  : pct(Math.round((v * 1000) / r.annualPlan) / 10);
              },
            },
          ]}
        />
      )}
    </Space>
  );
}
