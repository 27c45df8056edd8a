// The 通报 of an evaluation for a period: the ranking table by group and the lost-point table,
// as a Word circular and as an .xlsx, with every figure as the results page shows it (two
// decimals, the same ranks, the same rows the caller may see).
import { leavesOf } from '../../../core/evaluations/types';
import { roundHalfUp } from '../../../core/format';
import type { CircularBlock, CircularColumn } from '../../documents/circular';
import type { EvalAccess } from './access';
import { presentResults, type Evaluation } from './results';

const f2 = (x: number) => x.toFixed(2);
const r2 = (x: number) => roundHalfUp(x, 2);

export interface RankingLine {
  unitId: string;
  group: string;
  rank: string;
  unit: string;
  total: string;
  firstLevel: string[];
  adjustment: string;
  lost: string;
  vetoed: boolean;
}

export interface LostLine {
  unitId: string;
  group: string;
  unit: string;
  byFirstLevel: string[];
  lost: string;
  /** The leaf where the unit lost most against its best peer, with the points. */
  worst: string;
}

/** The rows of both tables, formatted exactly as on the results page. */
export function circularTables(e: Evaluation, access: EvalAccess) {
  const p = presentResults(e, access);
  const ranking: RankingLine[] = p.rows.map((r) => ({
    unitId: r.unit.id,
    group: r.groupLabel,
    rank: r.rank === null ? '—' : String(r.rank),
    unit: r.unit.name,
    total: f2(r.total),
    firstLevel: p.firstLevel.map((f) =>
      f2(r.byFirstLevel.find((x) => x.key === f.key)?.points ?? 0),
    ),
    adjustment: r.adjustmentPoints === 0 ? '—' : f2(r.adjustmentPoints),
    lost: f2(r.lostToBest),
    vetoed: r.vetoed,
  }));
  const topOf = new Map(leavesOf(e.definition).map((l) => [l.leaf.key, l.path[0]!]));
  const byUnit = new Map(e.results.map((r) => [r.unitId, r]));
  const lost: LostLine[] = p.rows.map((row) => {
    const r = byUnit.get(row.unit.id)!;
    const sums = new Map<string, number>();
    for (const l of r.leaves) {
      const top = topOf.get(l.key)!;
      sums.set(top, (sums.get(top) ?? 0) + l.lostToBest);
    }
    const worst = [...r.leaves].sort((a, b) => b.lostToBest - a.lostToBest)[0];
    return {
      unitId: row.unit.id,
      group: row.groupLabel,
      unit: row.unit.name,
      byFirstLevel: p.firstLevel.map((f) => f2(r2(sums.get(f.key) ?? 0))),
      lost: f2(row.lostToBest),
      worst:
        worst && r2(worst.lostToBest) > 0
          ? `${e.names.get(worst.key) ?? worst.key}（${f2(r2(worst.lostToBest))}）`
          : '—',
    };
  });
  return { results: p, ranking, lost };
}

/** The circular's body: intro, the ranking per group, the lost points, the closing request. */
export function evaluationCircularBlocks(
  e: Evaluation,
  t: ReturnType<typeof circularTables>,
): CircularBlock[] {
  const p = t.results;
  const firstLevel = p.firstLevel.map((f) => `${f.name}（${f.points}分）`);
  const groups = p.groups.filter((g) => t.ranking.some((r) => r.group === g.label));
  const rankCols: CircularColumn[] = [
    { header: '名次', width: 0.8 },
    { header: '单位', width: 1.6 },
    { header: '总分', width: 1 },
    ...firstLevel.map((h) => ({ header: h, group: '一级指标得分', width: 1 })),
    { header: '加减分', width: 0.9 },
    { header: '较同组最优失分', width: 1.1 },
  ];
  const lostCols: CircularColumn[] = [
    { header: '单位', width: 1.6 },
    ...firstLevel.map((h) => ({ header: h, group: '较同组最优失分', width: 1 })),
    { header: '失分合计', width: 1 },
    { header: '失分最多的指标', width: 2.4, align: 'left' },
  ];
  const blocks: CircularBlock[] = [
    {
      paragraph: `根据《${e.scheme.name}》（第${e.version}版），依据各单位${p.periodLabel}的工作台账和统计数据（统计截至${p.asOf.slice(0, 4)}年${Number(p.asOf.slice(5, 7))}月${Number(p.asOf.slice(8, 10))}日），对${t.ranking.length}个参评单位进行了考核评价，现将结果通报如下。`,
    },
    { heading: '一、综合得分及排名' },
    {
      paragraph: `考核总分${e.definition.total}分，由${p.firstLevel.map((f) => f.name).join('、')}${p.firstLevel.length}项一级指标构成，另设加减分项；排名在${groups.map((g) => g.label).join('、')}内分别进行，得分相同者名次并列。`,
    },
    ...groups.map((g, i): CircularBlock => ({
      table: {
        caption: `表${i + 1}  ${g.label}综合得分及排名`,
        columns: rankCols,
        rows: t.ranking
          .filter((r) => r.group === g.label)
          .map((r) => [
            r.rank,
            r.vetoed ? `${r.unit}（一票否决）` : r.unit,
            r.total,
            ...r.firstLevel,
            r.adjustment,
            r.lost,
          ]),
      },
    })),
    { heading: '二、失分情况' },
    {
      paragraph:
        '失分为各指标得分与同组得分最高单位之差，按一级指标汇总，并列出失分最多的二级指标，供各单位查找差距。',
    },
    ...groups.map((g, i): CircularBlock => ({
      table: {
        caption: `表${groups.length + i + 1}  ${g.label}失分情况`,
        columns: lostCols,
        rows: t.lost
          .filter((r) => r.group === g.label)
          .map((r) => [r.unit, ...r.byFirstLevel, r.lost, r.worst]),
      },
    })),
    { heading: '三、工作要求' },
    {
      paragraph:
        '各单位要对照考核结果和失分指标，认真分析原因，逐项制定整改措施，明确责任人和完成时限，确保各项指标按序时进度推进。排名靠后的单位要深入查找差距，切实补齐短板。',
    },
  ];
  return blocks;
}
