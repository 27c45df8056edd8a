import { Alert, App, Button, Card, Radio, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { get, post, qs } from '../../api';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import { useT } from './messages';
import { usePageT } from './page-messages';
import { EvaluationRun } from './EvaluationRun';
import { YearSelect } from './YearSelect';
import {
  EVALUATED_KINDS,
  OUTCOME_COLORS,
  TITLE_LABELS,
  type Evaluation,
  type Outcome,
} from './types';

interface Item {
  id: string;
  name: string;
  unitName: string;
  evaluation: Evaluation;
}
interface Page {
  counts: Record<Outcome, number>;
  items: Item[];
}

/** Every enterprise's result for a title and year; "nearly" is the near-miss list with its gaps. */
export function EvaluationListPage() {
  const t = useT();
  const pt = usePageT();
  const { label: pick, lang } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useAuth();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [kind, setKind] = useState<string>('specialized_sme');
  const [outcome, setOutcome] = useState<Outcome | 'all'>('nearly');
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setPage(null);
    get<Page>(
      `/api/enterprise-evaluations${qs({ year, kind, outcome: outcome === 'all' ? undefined : outcome })}`,
    )
      .then(setPage)
      .catch((e: Error) => setError(e.message));
  }, [year, kind, outcome]);

  async function toPool() {
    try {
      const r = await post<{ added: number }>('/api/enterprise-pool/from-near', { year, kind });
      message.success(t('added', { n: r.added }));
    } catch (e) {
      message.error((e as Error).message);
    }
  }
  return (
    <Card>
      <Space wrap style={{ marginBottom: 12 }}>
        <YearSelect value={year} onChange={setYear} back={3} />
        <Select
          value={kind}
          onChange={setKind}
          style={{ width: 180 }}
          data-testid="eval-kind"
          options={EVALUATED_KINDS.map((k) => ({ value: k, label: pick(TITLE_LABELS[k]) }))}
        />
        <Radio.Group
          value={outcome}
          onChange={(e) => setOutcome(e.target.value)}
          data-testid="eval-outcome"
        >
          {(['nearly', 'qualifies', 'not', 'all'] as const).map((o) => (
            <Radio.Button key={o} value={o}>
              {o === 'all' ? pt('all') : t(o)}
              {page && o !== 'all'
                ? lang === 'zh'
                  ? `（${page.counts[o]}）`
                  : ` (${page.counts[o]})`
                : ''}
            </Radio.Button>
          ))}
        </Radio.Group>
        {(hasRole('supervisor') || hasRole('liaison')) && (
          <Button onClick={toPool} data-testid="pool-from-near">
            {t('addFromNear')}
          </Button>
        )}
        <EvaluationRun year={year} />
      </Space>
      {error && <Alert type="error" message={error} />}
      <Table<Item>
        rowKey="id"
        size="small"
        loading={page === null && !error}
        dataSource={page?.items ?? []}
        locale={{ emptyText: page === null ? t('loading') : t('empty') }}
        data-testid="evaluation-table"
        columns={[
          {
            title: t('name'),
            width: 260,
            render: (_, x) => <Link to={`/enterprises/e/${x.id}?`}>{x.name}</Link>,
          },
          { title: t('unit'), dataIndex: 'unitName', width: 100 },
          {
            title: t('outcome'),
            width: 80,
            render: (_, x) => (
              <Tag color={OUTCOME_COLORS[x.evaluation.outcome]}>{t(x.evaluation.outcome)}</Tag>
            ),
          },
          { title: t('score'), width: 60, render: (_, x) => x.evaluation.score ?? '—' },
          {
            title: t('gaps'),
            render: (_, x) => x.evaluation.gaps.join('；') || x.evaluation.directRoutes.join('；'),
          },
        ]}
      />
    </Card>
  );
}
