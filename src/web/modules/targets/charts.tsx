import type { EChartsOption } from 'echarts';
import { EChart } from '../../components/EChart';
import { localPeriod } from '../../components/periods';
import { useI18n } from '../../i18n';
import { usePanelT } from './panel-messages';
import type { Ranking, TargetPage } from './types';

/** Year-to-date values per unit by month, with the target line (or band for 左右 / ranges). */
export function TrendChart({ trend }: { trend: TargetPage['trend'] }) {
  const t = usePanelT();
  const { lang } = useI18n();
  const line = trend.targetLine;
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { top: 40, left: 48, right: 24, bottom: 32 },
    xAxis: { type: 'category', data: trend.labels.map((l) => localPeriod(l, lang)) },
    yAxis: { type: 'value', name: trend.measureUnit, scale: true },
    series: trend.series.map((s, i) => ({
      type: 'line' as const,
      name: s.unit.name,
      data: s.values,
      connectNulls: false,
      lineStyle: { width: s.self ? 3 : 1.5 },
      markLine:
        i === 0 && line?.value !== null && line?.value !== undefined
          ? {
              symbol: 'none',
              label: { formatter: t('targetLine', { value: line.value }) },
              lineStyle: { type: 'dashed', color: '#c8102e' },
              data: [{ yAxis: line.value }],
            }
          : undefined,
    })),
  };
  return <EChart option={option} testId="trend-chart" />;
}

/** Units ranked on the indicator, coloured by light, with the group rank in the label. */
export function RankingChart({ ranking }: { ranking: Ranking }) {
  const t = usePanelT();
  const items = ranking.items.filter((i) => i.value !== null);
  const colors: Record<string, string> = { green: '#52c41a', yellow: '#faad14', red: '#f5222d' };
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    grid: { top: 16, left: 120, right: 48, bottom: 24 },
    xAxis: { type: 'value', name: ranking.basis === 'completion' ? '%' : ranking.measureUnit },
    yAxis: { type: 'category', inverse: true, data: items.map((i) => `${i.unit.name}`) },
    series: [
      {
        type: 'bar',
        data: items.map((i) => ({
          value: i.value,
          itemStyle: { color: colors[i.light ?? ''] ?? '#8c8c8c' },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p) => {
            const item = items[p.dataIndex];
            return item?.groupRank ? t('groupRank', { rank: item.groupRank }) : '';
          },
        },
      },
    ],
  };
  return (
    <EChart option={option} height={Math.max(240, items.length * 28)} testId="ranking-chart" />
  );
}
