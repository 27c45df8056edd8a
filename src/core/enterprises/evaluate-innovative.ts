// 创新型中小企业: a direct route, or the six-indicator score (total and per-part minimums).
import { bandPoints, moneyUp, num, numericCheck, percent, type Check } from './checks';
import type { InnovativeParams } from './criteria';
import type { Evaluation, Indicator } from './evaluate';
import { ROUTE_FLAGS, sumAvailable, type EnterpriseFacts, type YearFigures } from './figures';
import { TITLE_LABELS, type TitleKind } from './criteria';

type Holds = (facts: EnterpriseFacts, kinds: readonly string[], on: string) => boolean;

export function evaluateInnovative(
  facts: EnterpriseFacts,
  y: number,
  f: YearFigures,
  p: InnovativeParams,
  holdsTitle: Holds,
): Evaluation {
  const direct: string[] = [];
  for (const k of p.direct.titleKinds) {
    if (holdsTitle(facts, [k], `${y}-12-31`))
      direct.push(`有效期内的${TITLE_LABELS[k as TitleKind].zh}`);
  }
  for (const k of p.direct.flags) if (f.flags.includes(k)) direct.push(ROUTE_FLAGS[k] ?? k);
  const equity3y = sumAvailable(facts, [y - 2, y - 1, y], (x) => x.equityFinancing);
  if (
    numericCheck({
      key: '',
      labelZh: '',
      value: equity3y,
      cmp: p.direct.equity3y,
      unit: '',
      relativeGap: 0,
    }).met
  ) {
    direct.push(`近三年新增股权融资 ${num(equity3y)} 万元`);
  }

  const ip = p.ipPoints;
  const ipPoints =
    (f.ipClassIHighValue ?? 0) > 0
      ? ip.classIHighValue
      : (f.ipClassISelf ?? 0) > 0
        ? ip.classISelf
        : (f.ipClassI ?? 0) > 0
          ? ip.classI
          : (f.ipClassII ?? 0) > 0
            ? ip.classII
            : ip.none;
  const ipLabel =
    (f.ipClassIHighValue ?? 0) > 0
      ? 'Ⅰ类高价值知识产权'
      : (f.ipClassISelf ?? 0) > 0
        ? '自主研发Ⅰ类知识产权'
        : (f.ipClassI ?? 0) > 0
          ? 'Ⅰ类知识产权'
          : (f.ipClassII ?? 0) > 0
            ? 'Ⅱ类知识产权'
            : '无';
  const prevMain = facts.figures.get(y - 1)?.mainRevenue ?? null;
  const rdRatio = percent(f.rdExpense, f.revenue);
  const growth =
    f.mainRevenue === null || prevMain === null || prevMain === 0
      ? null
      : Math.round(((f.mainRevenue - prevMain) * 100 * 1e9) / prevMain) / 1e9;
  const mainShare = percent(f.mainRevenue, f.revenue);
  const max = (bands: { points: number }[]) => Math.max(...bands.map((b) => b.points));
  const pts = (v: number | null, bands: InnovativeParams['rdRatioBands']) =>
    v === null ? 0 : bandPoints(v, bands);
  const pct = (v: number | null) => (v === null ? null : `${num(v)}%`);
  const indicators: Indicator[] = [
    {
      key: 'ip',
      part: 'innovation',
      labelZh: '知识产权',
      value: ipLabel,
      points: ipPoints,
      maxPoints: ip.classIHighValue,
    },
    {
      key: 'rdRatio',
      part: 'innovation',
      labelZh: '研发费用占营业收入比重',
      value: pct(rdRatio),
      points: pts(rdRatio, p.rdRatioBands),
      maxPoints: max(p.rdRatioBands),
    },
    {
      key: 'mainGrowth',
      part: 'growth',
      labelZh: '主营业务收入增长率',
      value: pct(growth),
      points: pts(growth, p.mainGrowthBands),
      maxPoints: max(p.mainGrowthBands),
    },
    {
      key: 'debtRatio',
      part: 'growth',
      labelZh: '资产负债率',
      value: pct(f.debtRatio),
      points: pts(f.debtRatio, p.debtRatioBands),
      maxPoints: max(p.debtRatioBands),
    },
    {
      key: 'sector',
      part: 'specialisation',
      labelZh: '所属行业',
      value: facts.strategicEmerging ? '战略性新兴产业' : '其他',
      points: facts.strategicEmerging ? p.sectorPoints.strategic : p.sectorPoints.other,
      maxPoints: p.sectorPoints.strategic,
    },
    {
      key: 'mainShare',
      part: 'specialisation',
      labelZh: '主营业务收入占营业收入比重',
      value: pct(mainShare),
      points: pts(mainShare, p.mainShareBands),
      maxPoints: max(p.mainShareBands),
    },
  ];
  const partSum = (part: string) =>
    indicators.filter((i) => i.part === part).reduce((s, i) => s + i.points, 0);
  const total = indicators.reduce((s, i) => s + i.points, 0);
  const g = p.near.relativeGap;
  const hint = scoreHint(rdRatio, f, p);
  const checks: Check[] = direct.length
    ? []
    : [
        numericCheck({
          key: 'total',
          labelZh: '评价总分',
          value: total,
          cmp: p.pass.total,
          unit: '分',
          relativeGap: g,
          remedy: (t, v) => `还差 ${num(t - v)} 分${hint}`,
        }),
        numericCheck({
          key: 'innovation',
          labelZh: '创新能力得分',
          value: partSum('innovation'),
          cmp: p.pass.innovation,
          unit: '分',
          relativeGap: g,
          remedy: (t, v) => `还差 ${num(t - v)} 分${hint}`,
        }),
        numericCheck({
          key: 'growth',
          labelZh: '成长性得分',
          value: partSum('growth'),
          cmp: p.pass.growth,
          unit: '分',
          relativeGap: g,
          remedy: (t, v) => `还差 ${num(t - v)} 分`,
        }),
        numericCheck({
          key: 'specialisation',
          labelZh: '专业化得分',
          value: partSum('specialisation'),
          cmp: p.pass.specialisation,
          unit: '分',
          relativeGap: g,
          remedy: (t, v) => `还差 ${num(t - v)} 分`,
        }),
      ];
  const missed = checks.filter((c) => !c.met);
  const near =
    missed.length > 0 && missed.length <= p.near.maxMisses && missed.every((c) => c.near);
  return {
    titleKind: 'innovative_sme',
    year: y,
    versionId: null,
    versionName: null,
    outcome: direct.length || missed.length === 0 ? 'qualifies' : near ? 'nearly' : 'not',
    route: direct.length ? 'direct' : 'score',
    directRoutes: direct,
    score: total,
    indicators,
    checks,
    gaps: missed.map((c) => c.gapZh ?? c.labelZh),
  };
}

/** Where the next R&D band starts, in money: "（研发费用占比达到 3% 可得 15 分，还需研发投入 60 万元）". */
function scoreHint(rdRatio: number | null, f: YearFigures, p: InnovativeParams): string {
  if (rdRatio === null || f.revenue === null || f.rdExpense === null) return '';
  const current = bandPoints(rdRatio, p.rdRatioBands);
  const next = p.rdRatioBands
    .filter((b) => b.points > current && b.gte !== undefined)
    .sort((a, b) => a.points - b.points)[0];
  if (!next || next.gte === undefined) return '';
  const need = (next.gte * f.revenue) / 100 - f.rdExpense;
  return `（研发费用占比达到 ${num(next.gte)}% 可得 ${next.points} 分，还需研发投入 ${moneyUp(need)} 万元）`;
}
