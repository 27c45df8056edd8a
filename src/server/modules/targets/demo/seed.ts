// Demo seeder: indicators, the city's 2022 plan (seed 001) decomposed to the 11 county
// units, the 示范区's own plan (seed 002), and synthetic monthly reports.
import { eq } from 'drizzle-orm';
import { periodMonths } from '../../../../core/targets/periods';
import { parseTargetWording } from '../../../../core/targets/wording';
import { canonicalIndicatorName } from '../../../../core/targets/normalize';
import type { Tx } from '../../../db/connection';
import {
  indicatorReports,
  indicators,
  targetJudgements,
  targetPlans,
  targets,
  units,
} from '../../../db/schema';
import { recordAudit } from '../../../audit/record';
import type { CreatedWorkspace } from '../../../workspace/create-workspace';
import { readWording } from '../plans/targets-service';
import {
  CONTROL_VALUES,
  COUNTY_UNITS,
  DEMO_INDICATORS,
  LATE_UNITS,
  SEED_001_PHRASES,
  SEED_001_SOURCE,
  SEED_002_PHRASES,
  SEED_002_SOURCE,
  SHIFANQU,
  unitWording,
  type DemoIndicator,
} from './data';

export const DEMO_YEAR = 2022;
export const DEMO_PLAN_TITLE = '经济社会发展主要预期目标';

/** A small deterministic generator, so the demo looks the same on every start. */
function random(seed: string): () => number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Fixed city figures that show the boundary rules at year end. */
const CITY_YEAR_END: Record<string, number> = { 地区生产总值: 7.6, 研发经费投入强度: 2.0 };

function syntheticSeries(ind: DemoIndicator, unitCode: string, city: boolean): Map<number, number> {
  const rnd = random(`${ind.name}|${unitCode}`);
  const yearEnd =
    city && CITY_YEAR_END[ind.name] !== undefined
      ? CITY_YEAR_END[ind.name]!
      : ind.typical + (rnd() - 0.5) * ind.spread * (city ? 0.5 : 2);
  const start = yearEnd + (rnd() - 0.5) * ind.spread * 2;
  const out = new Map<number, number>();
  for (const m of periodMonths(ind.frequency)) {
    const w = (m - 1) / 11;
    const noise = m === 12 ? 0 : (rnd() - 0.5) * ind.spread * 0.3;
    out.set(m, round1(start * (1 - w) + yearEnd * w + noise));
  }
  return out;
}

function reportedAt(year: number, month: number, rnd: () => number): Date {
  const y = month === 12 ? year + 1 : year;
  const m = month === 12 ? 1 : month + 1;
  const day = 3 + Math.floor(rnd() * 6);
  return new Date(Date.UTC(y, m - 1, day, 1, Math.floor(rnd() * 59)));
}

export async function seedDemoTargets(tx: Tx, ws: CreatedWorkspace): Promise<void> {
  const workspaceId = ws.workspaceId;
  const id = (code: string) => ws.unitIds.get(code)!;
  const names = new Map(
    (
      await tx
        .select({ code: units.code, name: units.name })
        .from(units)
        .where(eq(units.workspaceId, workspaceId))
    ).map((u) => [u.code, u.name]),
  );
  await tx.insert(indicators).values(
    DEMO_INDICATORS.map((d) => ({
      workspaceId,
      name: d.name,
      canonicalName: canonicalIndicatorName(d.name),
      measureUnit: d.measureUnit,
      kind: d.kind,
      direction: d.direction,
      cumulative: d.cumulative,
      frequency: d.frequency,
      reportingUnitId: id(d.reportingUnitCode),
      description: d.description ?? null,
    })),
  );

  const cityPlan = await insertPlan(tx, workspaceId, id('410800'), SEED_001_SOURCE);
  const cityLines = await insertPhrases(tx, workspaceId, cityPlan, id('410800'), SEED_001_PHRASES);
  const shares: (typeof targets.$inferInsert)[] = [];
  for (const line of cityLines) {
    COUNTY_UNITS.forEach((code, i) => {
      const wording = unitWording(line.phrase, code, i);
      const parsed = parseTargetWording(wording);
      shares.push({
        ...line.row,
        id: crypto.randomUUID(),
        parentId: line.row.id,
        unitId: id(code),
        wording,
        parsed,
        parsedAuto: parsed,
      });
    });
  }
  await tx.insert(targets).values(shares);
  const zonePlan = await insertPlan(tx, workspaceId, id(SHIFANQU), SEED_002_SOURCE);
  await insertPhrases(tx, workspaceId, zonePlan, id(SHIFANQU), SEED_002_PHRASES);

  const indIds = new Map(
    (await tx.select().from(indicators).where(eq(indicators.workspaceId, workspaceId))).map((r) => [
      r.name,
      r.id,
    ]),
  );
  const reports: (typeof indicatorReports.$inferInsert)[] = [];
  for (const ind of DEMO_INDICATORS) {
    for (const code of ['410800', ...COUNTY_UNITS]) {
      const city = code === '410800';
      const rnd = random(`at|${ind.name}|${code}`);
      for (const [month, value] of syntheticSeries(ind, code, city)) {
        if (month === 12 && LATE_UNITS.includes(code)) continue;
        reports.push({
          workspaceId,
          unitId: id(code),
          indicatorId: indIds.get(ind.name)!,
          year: DEMO_YEAR,
          month,
          value,
          reporterName: `${names.get(city ? ind.reportingUnitCode : code)}（演示数据）`,
          reportedAt: reportedAt(DEMO_YEAR, month, rnd),
          synthetic: true,
        });
      }
    }
  }
  // One corrected figure, so the history shows an earlier value and the reason.
  const fixed = reports.find(
    (r) =>
      r.unitId === id('410825') && r.indicatorId === indIds.get('规上工业增加值') && r.month === 6,
  )!;
  const earlierId = crypto.randomUUID();
  reports.push({ ...fixed, id: earlierId, value: round1(fixed.value! - 1.3), current: false });
  Object.assign(fixed, {
    correctsId: earlierId,
    correctionReason: '统计局反馈核定数据后更正',
    reportedAt: new Date(fixed.reportedAt!.getTime() + 3 * 86_400_000),
  });
  for (let i = 0; i < reports.length; i += 500)
    await tx.insert(indicatorReports).values(reports.slice(i, i + 500));

  const qualitative = cityLines.filter(
    (l) => l.row.parsed && (l.row.parsed as { kind: string }).kind === 'qualitative',
  );
  await tx.insert(targetJudgements).values(
    qualitative.map((l) => ({
      workspaceId,
      targetId: l.row.id!,
      month: 12,
      verdict: 'met',
      reason: l.phrase.startsWith('居民收入')
        ? '全年居民人均可支配收入增速与地区生产总值增速基本同步（演示数据）'
        : '全年进出口总额保持增长，未出现大幅波动（演示数据）',
      judgeName: '张督查（演示数据）',
      judgedAt: new Date(Date.UTC(DEMO_YEAR + 1, 0, 20, 2)),
      synthetic: true,
    })),
  );
  await recordAudit(
    tx,
    { workspaceId, userId: null, name: '系统', ip: null },
    {
      action: 'targets.demo_seeded',
      entityType: 'target_plan',
      entityId: cityPlan,
      summary: `演示数据：${DEMO_YEAR}年目标计划 2 个、指标 ${DEMO_INDICATORS.length} 个、合成报送数 ${reports.length} 条`,
    },
  );
}

async function insertPlan(tx: Tx, workspaceId: string, unitId: string, source: string) {
  const [plan] = await tx
    .insert(targetPlans)
    .values({ workspaceId, unitId, year: DEMO_YEAR, title: DEMO_PLAN_TITLE, source })
    .returning({ id: targetPlans.id });
  return plan!.id;
}

async function insertPhrases(
  tx: Tx,
  workspaceId: string,
  planId: string,
  unitId: string,
  phrases: string[],
) {
  const out: { phrase: string; row: typeof targets.$inferInsert }[] = [];
  for (const [i, phrase] of phrases.entries()) {
    const lines = await readWording(tx, workspaceId, phrase);
    for (const [j, l] of lines.entries()) {
      if (!l.indicator) throw new Error(`demo indicator missing for ${phrase}`);
      const row = {
        workspaceId,
        id: crypto.randomUUID(),
        planId,
        unitId,
        indicatorId: l.indicator.id,
        seq: i + 1,
        lineNo: j + 1,
        wording: phrase,
        parsed: l.parsed,
        parsedAuto: l.parsed,
        controlValue:
          l.parsed.kind === 'control' ? (CONTROL_VALUES[l.indicator.name] ?? null) : null,
      };
      await tx.insert(targets).values(row);
      out.push({ phrase, row });
    }
  }
  return out;
}
