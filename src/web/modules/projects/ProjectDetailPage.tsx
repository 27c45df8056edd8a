import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  List,
  Row,
  Space,
  Spin,
  Steps,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateZh } from '../../../core/format';
import { STAGE_LABELS, STAGES } from '../../../core/projects/stages';
import { get } from '../../api';
import { useAuth } from '../../auth';
import { EChart } from '../../components/EChart';
import { Light, type LightColor } from '../../components/Light';
import { activeLang, useI18n } from '../../i18n';
import { pct } from './links';
import { useProjectT } from './messages';
import { useDetailT } from './detail-messages';
import { ProjectFormModal } from './ProjectFormModal';
import { ProblemModal, ReportModal } from './ProjectModals';
import type { HistoryEntryT, ProjectDetailT } from './types';

const dateZh = (d: string | null) => (d ? (activeLang() === 'zh' ? formatDateZh(d) : d) : '—');

/** One project: stages on a timeline, the year's investment, open problems and the history. */
export function ProjectDetailPage() {
  const { id } = useParams();
  const t = useProjectT();
  const d = useDetailT();
  const { lang } = useI18n();
  const { hasRole } = useAuth();
  const [p, setP] = useState<ProjectDetailT | null>(null);
  const [history, setHistory] = useState<HistoryEntryT[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [modal, setModal] = useState<'report' | 'problem' | 'edit' | null>(null);
  const [reportMonth, setReportMonth] = useState<string | undefined>(undefined);

  const load = useCallback(() => {
    get<ProjectDetailT>(`/api/projects/${id}`).then(setP, (e: Error) => setError(e.message));
    get<{ items: HistoryEntryT[] }>(`/api/projects/${id}/history`).then(
      (r) => setHistory(r.items),
      () => {},
    );
  }, [id]);
  useEffect(load, [load]);

  if (error) return <Alert type="error" message={error} />;
  if (!p)
    return (
      <Spin tip={t('loading')}>
        <div style={{ height: 200 }} />
      </Spin>
    );
  const done = (close: boolean) => {
    if (close) setModal(null);
    load();
  };
  const reachedCount = STAGES.filter((s) => p[s]).length;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <Typography.Title
          level={4}
          style={{ margin: 0 }}
          data-testid="project-name"
          data-user-text=""
        >
          {p.name}
        </Typography.Title>
        <Tag>{p.levelLabel}</Tag>
        <Tag color="blue">{p.stageLabel}</Tag>
        {p.synthetic && <Tag color="orange">{t('synthetic')}</Tag>}
        {p.actions.includes('edit') && (
          <Button onClick={() => setModal('edit')} data-testid="edit-project">
            {t('edit')}
          </Button>
        )}
        {p.actions.includes('report_investment') && p.annualPlan > 0 && (
          <Button type="primary" onClick={() => setModal('report')} data-testid="report-investment">
            {t('reportInvestment')}
          </Button>
        )}
        {p.actions.includes('raise_problem') && hasRole('supervisor') && (
          <Button onClick={() => setModal('problem')} data-testid="raise-problem">
            {t('raiseProblem')}
          </Button>
        )}
      </Space>
      <Card size="small" title={t('stages')}>
        <Steps
          size="small"
          current={reachedCount - 1}
          items={STAGES.map((s) => ({
            title: STAGE_LABELS[s][lang],
            description: dateZh(p[s]),
            status: p[s] ? 'finish' : 'wait',
          }))}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('basics')}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('unit')}>{p.unit.name}</Descriptions.Item>
              <Descriptions.Item label={t('owner')}>{p.owner || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('industry')}>
                {[p.industry, p.chain].filter(Boolean).join(' / ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('totalInvestment')}>
                {p.totalInvestment.toFixed(2)}
              </Descriptions.Item>
              <Descriptions.Item label={`${t('annualPlan')}（${p.planYear}）`}>
                {p.annualPlan.toFixed(2)}
              </Descriptions.Item>
              <Descriptions.Item label={t('period')}>
                {p.periodStart || p.periodEnd
                  ? d('period', { from: dateZh(p.periodStart), to: dateZh(p.periodEnd) })
                  : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('location')}>{p.location || '—'}</Descriptions.Item>
              <Descriptions.Item label={`${t('taskForce')} · ${t('leader')}`}>
                {p.taskForceLeader || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={`${t('taskForce')} · ${t('members')}`}>
                {p.taskForceMembers || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('lists')}>
                {p.lists.length === 0
                  ? '—'
                  : p.lists.map((l, i) => (
                      <Tag key={i}>{`${l.programme} ${l.round ?? ''} ${l.list}`}</Tag>
                    ))}
              </Descriptions.Item>
              <Descriptions.Item label={t('notes')}>{p.notes || '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={t('investmentChart')}
            extra={
              <Space>
                <span>
                  {t('investmentRate')} {pct(p.investmentRate)}
                </span>
                <Light
                  light={p.reportLight as LightColor}
                  title={p.reportLightReason}
                  testId="report-light"
                />
              </Space>
            }
          >
            {p.annualPlan > 0 || p.investments.length > 0 ? (
              <InvestmentChart
                project={p}
                onMonth={
                  p.actions.includes('report_investment')
                    ? (m) => {
                        setReportMonth(m);
                        setModal('report');
                      }
                    : undefined
                }
              />
            ) : (
              <Empty />
            )}
          </Card>
          <Card
            size="small"
            title={t('problems')}
            style={{ marginTop: 16 }}
            data-testid="project-problems"
          >
            <List
              dataSource={p.problems}
              locale={{ emptyText: t('noProblems') }}
              renderItem={(x) => (
                <List.Item>
                  <Space orientation="vertical" size={0}>
                    <Space>
                      <Light light={x.light as LightColor} title={x.lightReason} />
                      <Tag>{x.kindLabel}</Tag>
                      <Link to={`/matters/m/${x.matterId}`}>{x.description}</Link>
                    </Space>
                    <Typography.Text type="secondary">
                      {t('leadUnit')} {x.leadUnit} · {t('finalDue')} {dateZh(x.finalDue)}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('history')}>
        <Table
          size="small"
          rowKey={(r) => r.at + r.action}
          pagination={{ pageSize: 10 }}
          dataSource={history}
          columns={[
            {
              title: d('time'),
              width: 180,
              render: (_, h) =>
                new Date(h.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }),
            },
            { title: d('actor'), width: 120, dataIndex: 'actorName' },
            {
              title: d('content'),
              render: (_, h) => (
                <div>
                  {h.summary}
                  {h.changes.map((c) => (
                    <div key={c.field} style={{ fontSize: 12, color: '#666' }}>
                      {c.field}：{String(c.before ?? '—')} → {String(c.after ?? '—')}
                    </div>
                  ))}
                </div>
              ),
            },
          ]}
        />
      </Card>
      {modal === 'report' && (
        <ReportModal
          project={p}
          month={reportMonth}
          onClose={() => {
            setModal(null);
            setReportMonth(undefined);
          }}
          onDone={() => {
            setReportMonth(undefined);
            done(true);
          }}
        />
      )}
      {modal === 'problem' && (
        <ProblemModal project={p} onClose={() => setModal(null)} onDone={() => done(true)} />
      )}
      {modal === 'edit' && (
        <ProjectFormModal project={p} onClose={() => setModal(null)} onDone={() => done(true)} />
      )}
    </Space>
  );
}

/**
 * The plan year month by month: the year-to-date figure reported (a gap where a month is
 * missing), the plan's pace (plan × month ÷ 12) and the annual plan. A click on a month opens
 * the report form for it, for those who report.
 */
function InvestmentChart({
  project: p,
  onMonth,
}: {
  project: ProjectDetailT;
  onMonth?(month: string): void;
}) {
  const t = useProjectT();
  const reported = new Map(p.investments.map((i) => [i.month, i.ytdCompleted]));
  const now = dayjs().format('YYYY-MM'); // the person's month, as the report form's default
  const last = String(p.planYear) === now.slice(0, 4) ? Number(now.slice(5, 7)) : 12;
  const months = Array.from(
    { length: last },
    (_, i) => `${p.planYear}-${String(i + 1).padStart(2, '0')}`,
  );
  // Reports of other years (a project planned over several) stay visible after the plan year.
  for (const m of reported.keys()) if (!months.includes(m)) months.push(m);
  months.sort();
  return (
    <EChart
      height={260}
      testId="project-investment-chart"
      onClick={onMonth ? (e) => onMonth(months[e.dataIndex]!) : undefined}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 60, right: 20, top: 36, bottom: 30 },
        xAxis: { type: 'category', data: months },
        yAxis: { type: 'value', name: '万元' },
        series: [
          {
            type: 'bar',
            name: t('ytd'),
            data: months.map((m) => reported.get(m) ?? null),
          },
          {
            type: 'line',
            name: t('planPace'),
            data: months.map((m) =>
              m.startsWith(String(p.planYear))
                ? Math.round(((p.annualPlan * Number(m.slice(5, 7))) / 12) * 100) / 100
                : null,
            ),
            symbol: 'none',
          },
          {
            type: 'line',
            name: t('annualPlan'),
            data: months.map(() => p.annualPlan),
            symbol: 'none',
            lineStyle: { type: 'dashed' },
          },
        ],
      }}
    />
  );
}
