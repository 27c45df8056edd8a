import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { get, post, qs } from '../../api';
import { FormModal } from '../../components/FormModal';
import { XlsxUpload } from '../../components/XlsxUpload';
import { useEvalT } from './messages';
import { localPeriod } from '../../components/periods';
import { RANKING_GROUP_LABELS, type RankingGroup } from '../../../core/enums';
import { activeLang, useI18n, UserText } from '../../i18n';
import { useMoreT } from './more-messages';
import type { Results, SchemeDetail } from './types';

/** One scheme: its results by group (ranks, points by first-level indicator) and its tree. */
export function SchemePage() {
  const t = useEvalT();
  const more = useMoreT();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const version = params.get('version') ?? undefined;
  const [scheme, setScheme] = useState<SchemeDetail | null>(null);
  const [results, setResults] = useState<Results | null>(null);
  const [scoring, setScoring] = useState(false);
  const period = params.get('period') ?? scheme?.defaultPeriod;

  const load = useCallback(async () => {
    const s = await get<SchemeDetail>(`/api/evaluations/schemes/${id}${qs({ version })}`);
    setScheme(s);
    setResults(
      await get<Results>(
        `/api/evaluations/schemes/${id}/results${qs({ version: s.version, period: params.get('period') ?? s.defaultPeriod })}`,
      ),
    );
  }, [id, version, params]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!scheme) return <Card loading />;

  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card
        title={<UserText>{scheme.name}</UserText>}
        extra={
          <Space>
            <Select
              size="small"
              value={scheme.version}
              onChange={(v) => set('version', String(v))}
              options={scheme.versions.map((v) => ({
                value: v.version,
                label: `${more('version', { n: v.version })} ${v.note}`,
              }))}
              style={{ width: 240 }}
              data-testid="scheme-version"
            />
            <Input.Search
              size="small"
              defaultValue={period}
              placeholder="YYYY-MM"
              enterButton={t('period')}
              style={{ width: 200 }}
              onSearch={(v) => set('period', v || undefined)}
            />
          </Space>
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('source')}>{scheme.source}</Descriptions.Item>
          <Descriptions.Item label={t('organiser')}>{scheme.organiser.name}</Descriptions.Item>
          <Descriptions.Item label={t('units')}>{scheme.units.length}</Descriptions.Item>
        </Descriptions>
        {scheme.canManage && (
          <Space>
            <Button size="small" onClick={() => setScoring(true)} data-testid="manual-score">
              {t('manual')}
            </Button>
            <XlsxUpload
              url={`/api/evaluations/schemes/${scheme.id}/import`}
              label={t('importXlsx')}
              onDone={() => set('version', undefined)}
            />
          </Space>
        )}
      </Card>
      <Tabs
        activeKey={params.get('tab') === 'tree' ? 'tree' : 'results'}
        onChange={(k) => set('tab', k === 'tree' ? 'tree' : undefined)}
        items={[
          {
            key: 'results',
            label: t('results'),
            children: results && <ResultsTable scheme={scheme} results={results} />,
          },
          { key: 'tree', label: t('tree'), children: <TreeTable scheme={scheme} /> },
        ]}
      />
      {scoring && period && (
        <ManualScoreModal
          scheme={scheme}
          period={period}
          onClose={() => setScoring(false)}
          onSaved={async () => (setScoring(false), await load())}
        />
      )}
    </Space>
  );
}

function ResultsTable({ scheme, results }: { scheme: SchemeDetail; results: Results }) {
  const t = useEvalT();
  const more = useMoreT();
  const { label } = useI18n();
  const q = `?period=${results.period}&version=${results.scheme.version}`;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text type="secondary">
          {localPeriod(results.periodLabel, activeLang())}
          {more('asOf', { date: results.asOf })} · {t('computeMs', { ms: results.computeMs })}
        </Typography.Text>
        <Button
          size="small"
          href={`/api/evaluations/schemes/${scheme.id}/circular.docx${q}`}
          data-testid="eval-circular"
        >
          {t('circular')}
        </Button>
        <Button
          size="small"
          href={`/api/evaluations/schemes/${scheme.id}/ranking.xlsx${q}`}
          data-testid="eval-xlsx"
        >
          {t('rankingXlsx')}
        </Button>
      </Space>
      {results.groups.map((g) => (
        <Card
          size="small"
          key={g.group ?? '-'}
          title={
            g.group === null
              ? more('noGroup')
              : RANKING_GROUP_LABELS[g.group as RankingGroup]
                ? label(RANKING_GROUP_LABELS[g.group as RankingGroup])
                : g.label
          }
        >
          <Table
            rowKey={(r) => r.unit.id}
            size="small"
            pagination={false}
            dataSource={results.rows.filter((r) => r.group === g.group)}
            data-testid={`results-${g.group ?? 'all'}`}
            columns={[
              {
                title: t('rank'),
                width: 90,
                render: (_, r) => (r.rank === null ? '—' : `${r.rank} / ${r.groupSize}`),
              },
              {
                title: t('unitCol'),
                render: (_, r) => (
                  <Link
                    to={`/evaluations/s/${scheme.id}/unit/${r.unit.id}${q}`}
                    data-testid={`result-${r.unit.name}`}
                  >
                    {r.unit.name}
                  </Link>
                ),
              },
              { title: t('total'), render: (_, r) => <b>{r.total.toFixed(2)}</b> },
              ...results.firstLevel.map((f) => ({
                title: (
                  <>
                    <UserText>{f.name}</UserText>（{f.points}）
                  </>
                ),
                render: (_: unknown, r: Results['rows'][number]) =>
                  (r.byFirstLevel.find((x) => x.key === f.key)?.points ?? 0).toFixed(2),
              })),
              {
                title: t('adjust'),
                render: (_, r) => (r.adjustmentPoints === 0 ? '—' : r.adjustmentPoints.toFixed(2)),
              },
              {
                title: t('lost'),
                render: (_, r) => (
                  <Link to={`/evaluations/s/${scheme.id}/unit/${r.unit.id}${q}`}>
                    {r.lostToBest.toFixed(2)}
                  </Link>
                ),
              },
              {
                title: '',
                render: (_, r) => (r.vetoed ? <Tag color="red">{t('vetoed')}</Tag> : null),
              },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}

function TreeTable({ scheme }: { scheme: SchemeDetail }) {
  const t = useEvalT();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={scheme.items}
        data-testid="scheme-tree"
        columns={[
          {
            title: t('indicator'),
            render: (_, i) => (
              <span style={{ paddingLeft: i.depth * 24, fontWeight: i.isLeaf ? undefined : 600 }}>
                {i.name} {i.placeholder && <Tag color="orange">{t('todo')}</Tag>}
              </span>
            ),
          },
          { title: t('weight'), dataIndex: 'weight', width: 70 },
          { title: t('points'), dataIndex: 'points', width: 70 },
          { title: t('sourceCol'), render: (_, i) => i.sourceLabel ?? '' },
          { title: t('method'), render: (_, i) => i.normalisationLabel ?? '' },
          {
            title: '',
            render: (_, i) => <Typography.Text type="secondary">{i.note}</Typography.Text>,
          },
        ]}
      />
      {scheme.adjustments.length > 0 && (
        <Card size="small" title={t('adjustments')}>
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={scheme.adjustments}
            columns={[
              { title: t('indicator'), dataIndex: 'name' },
              { title: t('method'), dataIndex: 'rule' },
              { title: t('sourceCol'), dataIndex: 'sourceLabel' },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}

function ManualScoreModal({
  scheme,
  period,
  onClose,
  onSaved,
}: {
  scheme: SchemeDetail;
  period: string;
  onClose(): void;
  onSaved(): Promise<void>;
}) {
  const t = useEvalT();
  const more = useMoreT();
  const { message } = App.useApp();
  const items = [
    ...scheme.items
      .filter((i) => i.isLeaf && i.sourceKind === 'manual')
      .map((i) => ({ value: i.key, label: i.name })),
    ...scheme.adjustments
      .filter((a) => a.sourceLabel === '人工评分')
      .map((a) => ({ value: a.key, label: a.name })),
  ];
  return (
    <FormModal
      title={`${t('manual')} · ${period}`}
      onClose={onClose}
      okTestId="manual-score-ok"
      onSubmit={async (v: Record<string, unknown>) => {
        await post(`/api/evaluations/schemes/${scheme.id}/manual-scores`, { ...v, period });
        message.success(more('saved'));
        await onSaved();
      }}
    >
      <Form.Item
        name="itemKey"
        label={t('indicator')}
        rules={[{ required: true, message: more('chooseIndicator') }]}
      >
        <Select options={items} />
      </Form.Item>
      <Form.Item
        name="unitId"
        label={t('unitCol')}
        rules={[{ required: true, message: more('chooseUnit') }]}
      >
        <Select options={scheme.units.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item
        name="value"
        label={t('value')}
        rules={[{ required: true, message: more('enterValue') }]}
      >
        <InputNumber style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('reason')}
        rules={[{ required: true, message: more('reasonRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="evidence" label={t('evidence')}>
        <Input.TextArea rows={2} maxLength={1000} placeholder={more('evidencePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
