import { Alert, Card, Empty, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { get, qs } from '../../api';
import { EChart } from '../../components/EChart';
import { projectsLink } from './links';
import { useProjectT } from './messages';
import type { TrendT } from './types';

/**
 * 投资完成率 month by month this year, the programme and each county; a click on a county's
 * point opens that county's projects of the programme (the programme's line: all of them).
 */
export function InvestmentTrendCard({
  programme,
  round,
  cumulative,
}: {
  programme: string;
  round: number | null;
  cumulative: boolean;
}) {
  const t = useProjectT();
  const navigate = useNavigate();
  const [data, setData] = useState<TrendT | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setData(null);
    get<TrendT>(
      `/api/programmes/${programme}/investment-trend${qs({ round: round ?? undefined, cumulative: String(cumulative) })}`,
    ).then(setData, (e: Error) => setError(e.message));
  }, [programme, round, cumulative]);

  const body = () => {
    if (error) return <Alert type="error" title={error} />;
    if (!data) return <Spin />;
    if (data.overall.every((p) => p.rate === null)) return <Empty />;
    const series = [
      { name: t('trendAll'), unitId: undefined as string | undefined, points: data.overall },
      ...data.units.map((u) => ({ name: u.unit.name, unitId: u.unit.id, points: u.points })),
    ];
    return (
      <EChart
        height={300}
        testId="investment-trend"
        onClick={(e) => {
          const s = series[e.seriesIndex ?? 0];
          if (s) navigate(projectsLink({ programme, round, cumulative, unitId: s.unitId }));
        }}
        option={{
          tooltip: { trigger: 'item', valueFormatter: (v) => `${String(v)}%` },
          legend: { type: 'scroll', top: 0 },
          grid: { left: 50, right: 20, top: 40, bottom: 30 },
          xAxis: { type: 'category', data: data.months.map((m) => m.slice(5) + '月') },
          yAxis: { type: 'value', name: '%' },
          series: series.map((s, i) => ({
            type: 'line',
            name: s.name,
            data: s.points.map((p) => p.rate),
            symbolSize: i === 0 ? 10 : 6,
            lineStyle: { width: i === 0 ? 3 : 1 },
            emphasis: { focus: 'series' },
          })),
        }}
      />
    );
  };
  return (
    <Card title={`${t('trend')}（${data?.year ?? ''}）`} size="small" data-testid="trend-card">
      {body()}
      <Typography.Text type="secondary">{t('trendHint')}</Typography.Text>
    </Card>
  );
}
