import { Card, Table, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { onDemand } from '../../components/onDemand';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../i18n';
import { useCockpitT } from './messages';

interface Point {
  value: number | null;
  display: string;
  link: string | null;
}
const CHART_HEIGHT = 280;
// The chart's code (ECharts) loads on its own; the table of links below it shows at once.
const EChart = onDemand(
  () => import('../../components/EChart').then((m) => m.EChart),
  <div style={{ height: CHART_HEIGHT }} />,
  <div style={{ height: CHART_HEIGHT }} />, // the table below has every point
);
export const preloadTrendsChart = EChart.preload;

export interface Trends {
  year: number;
  months: { month: string; label: string; overdue: Point; closedOnTime: Point }[];
  investment: { programme: string; points: (Point & { month: string })[] } | null;
}

type Row = { key: string; name: string; points: Point[] };

/**
 * 月度趋势: matters overdue and closed on time, and investment completion, by month. The page
 * asks for the data together with its figures and hands it here.
 */
export function TrendsCard({ data, error }: { data: Trends | null; error: string | null }) {
  const t = useCockpitT();
  const { lang } = useI18n();
  // The server words months in Chinese (1月); the English page names them.
  const monthName = (m: { month: string; label: string }) =>
    lang === 'zh'
      ? m.label
      : new Date(`${m.month}-01T00:00:00Z`).toLocaleString('en', {
          month: 'short',
          timeZone: 'UTC',
        });
  const navigate = useNavigate();
  if (error)
    return (
      <Card size="small" title={t('trends')}>
        {error}
      </Card>
    );
  if (!data) return <Card size="small" title={t('trends')} loading />;

  const rows: Row[] = [
    { key: 'overdue', name: t('overdue'), points: data.months.map((m) => m.overdue) },
    {
      key: 'closedOnTime',
      name: t('closedOnTime'),
      points: data.months.map((m) => m.closedOnTime),
    },
  ];
  if (data.investment)
    rows.push({ key: 'investment', name: t('investment'), points: data.investment.points });
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 50, top: 36, bottom: 24 },
    xAxis: { type: 'category', data: data.months.map(monthName) },
    yAxis: [
      { type: 'value', name: t('count'), minInterval: 1 },
      { type: 'value', name: '%', splitLine: { show: false } },
    ],
    series: rows.map((r) => ({
      name: r.name,
      type: r.key === 'investment' ? 'line' : 'bar',
      yAxisIndex: r.key === 'investment' ? 1 : 0,
      data: r.points.map((p) => p.value),
      itemStyle: {
        color: { overdue: '#f5222d', closedOnTime: '#52c41a', investment: '#1677ff' }[r.key],
      },
    })),
  };
  return (
    <Card
      size="small"
      title={`${t('trends')} · ${data.year}`}
      extra={
        data.investment && (
          <Typography.Text type="secondary">
            {t('investment')}
            {lang === 'zh' ? '：' : ': '}
            <span data-user-text="">{data.investment.programme}</span>
          </Typography.Text>
        )
      }
      data-testid="cockpit-trends"
    >
      <EChart
        option={option}
        height={CHART_HEIGHT}
        testId="trends-chart"
        onClick={(e) => {
          const link = rows[e.seriesIndex ?? 0]?.points[e.dataIndex]?.link;
          if (link) navigate(link);
        }}
      />
      <Table<Row>
        size="small"
        pagination={false}
        rowKey="key"
        scroll={{ x: true }}
        dataSource={rows}
        columns={[
          { title: '', dataIndex: 'name', fixed: 'left', width: 110 },
          ...data.months.map((m, i) => ({
            title: monthName(m),
            align: 'right' as const,
            render: (_: unknown, r: Row) => {
              const p = r.points[i];
              if (!p) return '—';
              return p.link ? (
                <Link to={p.link} data-testid={`trend-${r.key}-${m.month}`}>
                  {p.display}
                </Link>
              ) : (
                p.display
              );
            },
          })),
        ]}
      />
    </Card>
  );
}
