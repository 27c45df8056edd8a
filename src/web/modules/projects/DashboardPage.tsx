import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Row,
  Segmented,
  Select,
  Space,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { FunnelChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  LIST_DEFS,
  STAGE_LABELS,
  stageFromKey,
  type ListKind,
} from '../../../core/projects/stages';
import { get, qs } from '../../api';
import { useAuth } from '../../auth';
import { EChart } from '../../components/EChart';
import { useI18n } from '../../i18n';
import { projectsLink, pct } from './links';
import { InvestmentTrendCard } from './InvestmentTrendCard';
import { useProjectT } from './messages';
import { AddEntryModal, NewProgrammeModal, NewRoundModal } from './ProgrammeModals';
import { ProjectMapCard } from './ProjectMapCard';
import type { DashboardT, ProgrammeListT } from './types';

echarts.use([FunnelChart]);

type RankRow = DashboardT['ranking'][number];

/** 三个一批 and other programmes: rates per list, the funnel and the unit ranking. */
export function DashboardPage() {
  const t = useProjectT();
  const { lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const [programmes, setProgrammes] = useState<ProgrammeListT['items'] | null>(null);
  const [data, setData] = useState<DashboardT | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [modal, setModal] = useState<'programme' | 'round' | 'entry' | null>(null);
  const [reloads, setReloads] = useState(0);
  const { hasRole } = useAuth();
  const programme = params.get('programme') ?? programmes?.[0]?.id ?? null;
  const round = params.get('round');
  const cumulative = params.get('cumulative') !== 'false';

  useEffect(() => {
    get<ProgrammeListT>('/api/programmes').then(
      (r) => setProgrammes(r.items),
      (e: Error) => setError(e.message),
    );
  }, [reloads]);
  useEffect(() => {
    if (!programme) return;
    setData(null);
    get<DashboardT>(
      `/api/programmes/${programme}/dashboard${qs({ round: round ?? undefined, cumulative: String(cumulative) })}`,
    ).then(setData, (e: Error) => setError(e.message));
  }, [programme, round, cumulative, reloads]);

  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    next.set('tab', 'dashboard');
    if (programme) next.set('programme', programme);
    if (v === null) next.delete(k);
    else next.set(k, v);
    setParams(next);
  };
  if (error) return <Alert type="error" message={error} />;
  if (programmes === null) return <Spin tip={t('loading')} data-testid="dashboard-loading" />;
  const supervisor = hasRole('supervisor');
  const modals = (
    <>
      {modal === 'programme' && (
        <NewProgrammeModal
          onClose={() => setModal(null)}
          onDone={(id) => {
            setModal(null);
            setReloads((n) => n + 1);
            setParams(new URLSearchParams({ tab: 'dashboard', programme: id }));
          }}
        />
      )}
      {modal === 'round' && programme && (
        <NewRoundModal
          programmeId={programme}
          onClose={() => setModal(null)}
          onDone={(seq) => {
            setModal(null);
            setReloads((n) => n + 1);
            set('round', String(seq));
          }}
        />
      )}
      {modal === 'entry' && data && (
        <AddEntryModal
          data={data}
          onClose={() => setModal(null)}
          onDone={() => {
            setModal(null);
            setReloads((n) => n + 1);
          }}
        />
      )}
    </>
  );
  if (programmes.length === 0)
    return (
      <Space orientation="vertical">
        {supervisor && (
          <Button type="primary" onClick={() => setModal('programme')}>
            {t('newProgramme')}
          </Button>
        )}
        <Empty />
        {modals}
      </Space>
    );
  const listLabel = (l: string) => LIST_DEFS[l as ListKind]?.[lang] ?? l;
  const rateLabel = (key: string) => {
    const s = stageFromKey(key);
    return s ? (lang === 'zh' ? STAGE_LABELS[s].rateZh : STAGE_LABELS[s].rateEn) : key;
  };
  const link = (o: Parameters<typeof projectsLink>[0]) =>
    projectsLink({ programme: programme ?? undefined, round: data?.round, cumulative, ...o });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <Select
          style={{ minWidth: 260 }}
          value={programme}
          data-testid="programme-select"
          onChange={(v) => setParams(new URLSearchParams({ tab: 'dashboard', programme: v }))}
          options={programmes.map((p) => ({ value: p.id, label: p.name }))}
        />
        {data && data.rounds.length > 0 && (
          <>
            <Select
              style={{ width: 120 }}
              value={data.round}
              onChange={(v) => set('round', String(v))}
              options={data.rounds.map((r) => ({ value: r.seq, label: r.name }))}
            />
            <Segmented
              value={cumulative ? 'true' : 'false'}
              onChange={(v) => set('cumulative', String(v))}
              options={[
                { value: 'true', label: t('cumulative') },
                { value: 'false', label: t('thisRound') },
              ]}
            />
          </>
        )}
        {data && (
          <Button
            href={`/api/programmes/${programme}/ranking.xlsx${qs({ round: data.round ?? undefined, cumulative: String(cumulative) })}`}
          >
            {t('exportXlsx')}
          </Button>
        )}
        {data && (
          <Button
            href={`/api/programmes/${programme}/ranking.docx${qs({ round: data.round ?? undefined, cumulative: String(cumulative) })}`}
            data-testid="ranking-docx"
          >
            {t('exportDocx')}
          </Button>
        )}
        {supervisor && (
          <Button onClick={() => setModal('programme')} data-testid="new-programme">
            {t('newProgramme')}
          </Button>
        )}
        {supervisor && data?.programme.kind === 'three_batches' && (
          <Button onClick={() => setModal('round')} data-testid="new-round">
            {t('newRound')}
          </Button>
        )}
        {supervisor && data && (data.rounds.length > 0 || data.programme.kind === 'plain') && (
          <Button onClick={() => setModal('entry')} data-testid="add-entry">
            {t('addEntry')}
          </Button>
        )}
      </Space>
      {modals}
      {!data ? (
        <Spin tip={t('loading')} data-testid="dashboard-loading">
          <div style={{ height: 200 }} />
        </Spin>
      ) : (
        <>
          {data.programme.synthetic && (
            <Alert
              type="info"
              showIcon
              message={
                <>
                  <Tag color="orange">{t('synthetic')}</Tag>
                  {t('syntheticNote')}
                </>
              }
            />
          )}
          <Row gutter={[16, 16]} data-testid="rate-cards">
            {data.lists.map((l) => (
              <Col key={l.list} xs={24} md={12} xl={8}>
                <Card title={listLabel(l.list)} size="small">
                  <Space size="large" wrap>
                    <Statistic
                      title={t('listed')}
                      valueRender={() => (
                        <Link to={link({ list: l.list })} data-testid={`listed-${l.list}`}>
                          {l.listed}
                        </Link>
                      )}
                    />
                    {l.rates.map((r) => (
                      <Statistic
                        key={r.key}
                        title={`${rateLabel(r.key)}（${r.reached}/${l.listed}）`}
                        valueRender={() => (
                          <Link
                            to={link({ list: l.list, reached: r.key })}
                            data-testid={`rate-${l.list}-${r.key}`}
                          >
                            {pct(r.rate)}
                          </Link>
                        )}
                      />
                    ))}
                  </Space>
                </Card>
              </Col>
            ))}
            <Col xs={24} md={12} xl={8}>
              <Card title={t('investment')} size="small">
                <Space size="large" wrap>
                  <Statistic title={t('annualPlan')} value={data.investment.plan} precision={2} />
                  <Statistic title={t('ytd')} value={data.investment.completed} precision={2} />
                  <Statistic
                    title={t('investmentRate')}
                    valueRender={() => (
                      <Link to={link({})} data-testid="investment-rate">
                        {pct(data.investment.rate)}
                      </Link>
                    )}
                  />
                </Space>
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={10}>
              <Card title={t('funnel')} size="small" data-testid="funnel">
                <EChart
                  height={260}
                  option={{
                    tooltip: { trigger: 'item' },
                    series: [
                      {
                        type: 'funnel',
                        sort: 'none',
                        left: 40,
                        right: 40,
                        label: { position: 'inside', formatter: '{b} {c}' },
                        data: data.funnel.map((f) => ({
                          name:
                            lang === 'zh'
                              ? f.label
                              : STAGE_LABELS[f.stage as keyof typeof STAGE_LABELS].en,
                          value: f.count,
                        })),
                      },
                    ],
                  }}
                />
                <Space size="large">
                  {data.funnel.map((f) => (
                    <Link key={f.key} to={link({ reached: f.key })} data-testid={`funnel-${f.key}`}>
                      {lang === 'zh'
                        ? f.label
                        : STAGE_LABELS[f.stage as keyof typeof STAGE_LABELS].en}{' '}
                      {f.count}
                    </Link>
                  ))}
                </Space>
              </Card>
            </Col>
            <Col xs={24} xl={14}>
              <Card title={t('byLevel')} size="small">
                <Table
                  size="small"
                  pagination={false}
                  rowKey="level"
                  dataSource={data.byLevel}
                  columns={[
                    {
                      title: t('level'),
                      render: (_, r) => <Link to={link({ level: r.level })}>{r.levelLabel}</Link>,
                    },
                    { title: t('annualPlan'), align: 'right', render: (_, r) => r.plan.toFixed(2) },
                    { title: t('ytd'), align: 'right', render: (_, r) => r.completed.toFixed(2) },
                    {
                      title: t('investmentRate'),
                      align: 'right',
                      render: (_, r) => <Link to={link({ level: r.level })}>{pct(r.rate)}</Link>,
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={10}>
              <ProjectMapCard data={data} link={(unitId) => link({ unitId })} />
            </Col>
            <Col xs={24} xl={14}>
              <InvestmentTrendCard
                programme={data.programme.id}
                round={data.round}
                cumulative={cumulative}
              />
            </Col>
          </Row>
          {data.perRound.length > 0 && (
            <Card title={t('rounds')} size="small">
              <RoundsTable data={data} listLabel={listLabel} rateLabel={rateLabel} />
            </Card>
          )}
          <Card title={t('ranking')} size="small">
            <RankingTable data={data} link={link} listLabel={listLabel} rateLabel={rateLabel} />
          </Card>
        </>
      )}
    </Space>
  );
}

function RankingTable({
  data,
  link,
  listLabel,
  rateLabel,
}: {
  data: DashboardT;
  link: (o: Parameters<typeof projectsLink>[0]) => string;
  listLabel: (l: string) => string;
  rateLabel: (k: string) => string;
}) {
  const t = useProjectT();
  const columns: ColumnsType<RankRow> = [
    { title: t('group'), dataIndex: 'groupLabel', width: 90 },
    {
      title: t('unit'),
      width: 120,
      render: (_, r) => <Link to={link({ unitId: r.unit.id })}>{r.unit.name}</Link>,
    },
    ...data.lists.map((l) => ({
      title: listLabel(l.list),
      children: l.rates.flatMap((s) => [
        {
          title: rateLabel(s.key),
          align: 'right' as const,
          render: (_: unknown, r: RankRow) => {
            const rate = r.lists
              .find((x) => x.list === l.list)
              ?.rates.find((x) => x.key === s.key)?.rate;
            return (
              <Link to={link({ unitId: r.unit.id, list: l.list, reached: s.key })}>
                {pct(rate)}
              </Link>
            );
          },
        },
        {
          title: t('rank'),
          width: 60,
          align: 'right' as const,
          render: (_: unknown, r: RankRow) => r.ranks[`${l.list}.${s.key}`] ?? '—',
        },
      ]),
    })),
    {
      title: t('investmentRate'),
      children: [
        {
          title: '%',
          align: 'right',
          render: (_, r) => <Link to={link({ unitId: r.unit.id })}>{pct(r.investment.rate)}</Link>,
        },
        {
          title: t('rank'),
          width: 60,
          align: 'right',
          render: (_, r) => r.ranks.investment ?? '—',
        },
      ],
    },
  ];
  // A county's liaison sees its own row, ranked among every peer; the others are not its data.
  const shown = data.ranking.filter((r) => r.visible);
  return (
    <>
      {shown.length > 0 && shown.length < data.ranking.length && (
        <Typography.Paragraph type="secondary" data-testid="ranking-peers">
          {t('rankedAmong', { n: data.ranking.length })}
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey={(r) => r.unit.id}
        dataSource={shown}
        columns={columns}
        scroll={{ x: true }}
        data-testid="ranking-table"
      />
    </>
  );
}

/** Each round's own lists (not cumulative): what the round promised and what came of it. */
function RoundsTable({
  data,
  listLabel,
  rateLabel,
}: {
  data: DashboardT;
  listLabel: (l: string) => string;
  rateLabel: (k: string) => string;
}) {
  const t = useProjectT();
  type Round = DashboardT['perRound'][number];
  const kinds = [...new Set(data.perRound.flatMap((r) => r.lists.map((l) => l.list)))];
  const link = (r: Round, o: { list: string; reached?: string }) =>
    projectsLink({ programme: data.programme.id, round: r.seq, cumulative: false, ...o });
  const columns: ColumnsType<Round> = [
    { title: t('round'), dataIndex: 'name', width: 90 },
    ...kinds.map((k) => {
      const sample = data.perRound.flatMap((r) => r.lists).find((l) => l.list === k)!;
      return {
        title: listLabel(k),
        children: [
          {
            title: t('listed'),
            align: 'right' as const,
            render: (_: unknown, r: Round) => {
              const l = r.lists.find((x) => x.list === k);
              return l ? <Link to={link(r, { list: k })}>{l.listed}</Link> : '—';
            },
          },
          ...sample.rates.map((s) => ({
            title: rateLabel(s.key),
            align: 'right' as const,
            render: (_: unknown, r: Round) => {
              const rate = r.lists.find((x) => x.list === k)?.rates.find((x) => x.key === s.key);
              return rate ? (
                <Link to={link(r, { list: k, reached: s.key })}>{pct(rate.rate)}</Link>
              ) : (
                '—'
              );
            },
          })),
        ],
      };
    }),
  ];
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey="seq"
      dataSource={data.perRound}
      columns={columns}
      data-testid="rounds-table"
    />
  );
}
