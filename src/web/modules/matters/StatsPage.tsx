import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Space, Table, Tag } from 'antd';
import type { EChartsOption } from 'echarts';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { get, qs } from '../../api';
import { EChart } from '../../components/EChart';
import { Loadable, useLoad } from '../../components/Loadable';
import { mattersLink, type MatterFilters } from './links';
import { dateZh } from './MatterTable';
import { useMattersT } from './messages';
import type { BacklogRow, Stats, StatRow } from './types';

type StatKey = 'assigned' | 'closed' | 'closedOnTime' | 'overdueOpen' | 'backlog';

/**
 * The filters that reproduce one figure of the monthly statistics (domain.md §3 definitions,
 * over the month's first day to its end, or today while it runs), counted by lead unit.
 */
function statFilter(k: StatKey, month: string, asOf: string, unitId: string | null): MatterFilters {
  const base: MatterFilters = { involvement: 'lead', unitId };
  const start = `${month}-01`;
  if (k === 'assigned') return { ...base, assignedFrom: start, assignedTo: asOf };
  if (k === 'closed') return { ...base, closedFrom: start, closedTo: asOf };
  if (k === 'closedOnTime') return { ...base, closedFrom: start, closedTo: asOf, onTime: true };
  if (k === 'overdueOpen') return { ...base, openAt: asOf, dueBefore: asOf };
  return { ...base, openAt: asOf };
}

/** The monthly statistics that go into a circular, and each unit's count down to zero. */
export function StatsPage() {
  const t = useMattersT();
  const navigate = useNavigate();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const stats = useLoad(() => get<Stats>(`/api/matters/stats${qs({ month })}`), [month]);
  const backlog = useLoad(
    async () => get<{ today: string; items: BacklogRow[] }>('/api/matters/backlog'),
    [],
  );

  const statCell = (k: StatKey, s: Stats) => ({
    title: t(k),
    render: (_: unknown, r: StatRow) => (
      <Link
        to={mattersLink(statFilter(k, s.month, s.asOf, r.unitId))}
        data-testid={`stat-${r.unitId ?? 'total'}-${k}`}
      >
        {r[k]}
      </Link>
    ),
  });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={t('monthly', { date: stats.data ? dateZh(stats.data.asOf) : '' })}
        extra={
          <Space>
            <DatePicker
              picker="month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            />
            <Button icon={<DownloadOutlined />} href={`/api/matters/stats.xlsx${qs({ month })}`}>
              {t('exportExcel')}
            </Button>
          </Space>
        }
      >
        <Loadable state={stats}>
          {(s) => {
            const names = {
              assigned: t('assigned'),
              closed: t('closed'),
              overdue: t('overdueOpen'),
            };
            const option: EChartsOption = {
              tooltip: { trigger: 'axis' },
              legend: { data: Object.values(names), top: 0 }, // ECharts 6 puts it below by default
              grid: { left: 48, right: 24, top: 40, bottom: 64 },
              xAxis: {
                type: 'category',
                data: s.rows.map((r) => r.unitName),
                axisLabel: { rotate: 30 },
              },
              yAxis: { type: 'value', minInterval: 1 },
              series: [
                { type: 'bar', name: names.assigned, data: s.rows.map((r) => r.assigned) },
                { type: 'bar', name: names.closed, data: s.rows.map((r) => r.closed) },
                {
                  type: 'bar',
                  name: names.overdue,
                  itemStyle: { color: '#f5222d' },
                  data: s.rows.map((r) => r.overdueOpen),
                },
              ],
            };
            const keys: StatKey[] = ['assigned', 'closed', 'overdueOpen'];
            return (
              <>
                <Table<StatRow>
                  rowKey={(r) => r.unitId ?? r.unitName}
                  size="small"
                  pagination={false}
                  dataSource={[...s.rows, { ...s.total, unitName: t('total') }]}
                  data-testid="stats-table"
                  columns={[
                    { title: t('unit'), dataIndex: 'unitName' },
                    statCell('assigned', s),
                    statCell('closed', s),
                    statCell('closedOnTime', s),
                    {
                      // The matters closed on time: the closed ones (the link without onTime)
                      // are the rate's base, as a 三个一批 rate opens the projects that reached it.
                      title: t('onTimeRate'),
                      render: (_: unknown, r: StatRow) => (
                        <Link
                          to={mattersLink(statFilter('closedOnTime', s.month, s.asOf, r.unitId))}
                          data-testid={`stat-${r.unitId ?? 'total'}-onTimeRate`}
                        >
                          {r.onTimeRate}
                        </Link>
                      ),
                    },
                    statCell('overdueOpen', s),
                    {
                      // The deadlines met on time; all of them (without onTime) its base.
                      title: t('feedbackRate'),
                      render: (_: unknown, r: StatRow) => (
                        <Link
                          to={`/matters/deadlines${qs({ month: s.month, unitId: r.unitId ?? undefined, onTime: 'true' })}`}
                          data-testid={`stat-${r.unitId ?? 'total'}-feedbackRate`}
                        >
                          {r.feedbackRate}
                        </Link>
                      ),
                    },
                    statCell('backlog', s),
                  ]}
                />
                <EChart
                  option={option}
                  height={320}
                  onClick={(e) => {
                    const r = s.rows[e.dataIndex];
                    const k = keys[e.seriesIndex ?? 0];
                    if (r && k) navigate(mattersLink(statFilter(k, s.month, s.asOf, r.unitId)));
                  }}
                />
              </>
            );
          }}
        </Loadable>
      </Card>
      <Card title={t('toZeroTitle')}>
        <Loadable state={backlog}>
          {(b) => {
            const start = `${b.today.slice(0, 8)}01`;
            const link = (r: BacklogRow, f: MatterFilters, n: number, k: string) => (
              <Link
                to={mattersLink({ involvement: 'lead', unitId: r.unitId, ...f })}
                data-testid={`backlog-${r.unitId}-${k}`}
              >
                {n}
              </Link>
            );
            return (
              <Table<BacklogRow>
                rowKey="unitId"
                size="small"
                pagination={false}
                dataSource={b.items}
                data-testid="backlog-table"
                columns={[
                  { title: t('unit'), dataIndex: 'unitName' },
                  {
                    title: t('open'),
                    render: (_, r) => link(r, { status: 'open' }, r.open, 'open'),
                  },
                  {
                    title: t('overdue'),
                    render: (_, r) => link(r, { overdue: true }, r.overdue, 'overdue'),
                  },
                  {
                    title: t('closedThisMonth'),
                    render: (_, r) =>
                      link(
                        r,
                        { closedFrom: start, closedTo: b.today },
                        r.closedThisMonth,
                        'closed',
                      ),
                  },
                  {
                    title: t('toZero'),
                    render: (_, r) => link(r, { status: 'open' }, r.toZero, 'toZero'),
                  },
                  {
                    title: t('clearedTitle'),
                    render: (_, r) =>
                      r.clearedToZero ? (
                        <Tag color="green">{t('cleared')}</Tag>
                      ) : (
                        <Tag color="red">{t('notCleared')}</Tag>
                      ),
                  },
                ]}
              />
            );
          }}
        </Loadable>
      </Card>
    </Space>
  );
}
