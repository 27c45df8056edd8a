// Use cases of the enterprise library: one transaction and one audit event per write.
import { and, eq, sql } from 'drizzle-orm';
import { validateUscc } from '../../../core/enterprises/uscc';
import { pinyinKeys } from '../../../core/pinyin';
import type { Actor } from '../../audit/record';
import type { Db, Tx } from '../../db/connection';
import {
  enterpriseFigureRevisions,
  enterpriseFigures,
  enterpriseTitles,
  enterprises,
} from '../../db/schema';
import type { ReportProgress } from '../../progress-stream';
import { writeTx, type Audit } from '../../db/write';
import { AppError, badRequest, conflict, notFound } from '../../errors';
import { assertCanWrite, canRead, type EnterpriseScope } from './access';
import { unitPathOf } from './queries';
import type { EnterpriseInput, FiguresInput } from './schema';
import { FIGURE_LABELS } from './figure-fields';

export interface Ctx {
  db: Db;
  ws: string;
  actor: Actor;
  scope: EnterpriseScope;
}

/** Refuses a wrong code, saying which character is wrong (GB 32100-2015). */
export function checkedUscc(code: string): string {
  const r = validateUscc(code);
  if (!r.ok) throw badRequest(r.messageZh, 'uscc');
  return r.code;
}

async function writableUnit(tx: Tx, c: Ctx, unitId: string) {
  const u = await unitPathOf(tx, c.ws, unitId);
  if (!u || !canRead(c.scope, u.path)) throw notFound('所属单位');
  assertCanWrite(c.scope, u.path);
  return u;
}

/** Loads and locks an enterprise the caller may edit (404 outside scope, 403 read-only). */
export async function lockEnterprise(tx: Tx, c: Ctx, id: string) {
  const r = await tx.execute(sql`select e.*, u.path as unit_path from enterprises e
    join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
    where e.workspace_id = ${c.ws} and e.id = ${id} for update of e`);
  const row = r.rows[0] as { name: string; unit_path: string } | undefined;
  if (!row) throw notFound('企业');
  assertCanWrite(c.scope, row.unit_path);
  return row;
}

function values(input: EnterpriseInput, uscc: string) {
  const py = pinyinKeys(input.name);
  return {
    uscc,
    name: input.name,
    formerNames: input.formerNames,
    unitId: input.unitId,
    industryCode: input.industryCode,
    chain: input.chain,
    strategicEmerging: input.strategicEmerging,
    scale: input.scale,
    listing: input.listing,
    registeredOn: input.registeredOn ?? null,
    contacts: input.contacts,
    serviceOfficer: input.serviceOfficer,
    pinyin: py.full,
    pinyinInitials: py.initials,
  };
}

async function assertUsccFree(tx: Tx, ws: string, uscc: string, exceptId?: string) {
  const [dup] = await tx
    .select({ id: enterprises.id, name: enterprises.name })
    .from(enterprises)
    .where(and(eq(enterprises.workspaceId, ws), eq(enterprises.uscc, uscc)));
  if (dup && dup.id !== exceptId) {
    throw conflict(`统一社会信用代码 ${uscc} 已登记为“${dup.name}”`, 'uscc');
  }
}

export async function createEnterprise(
  c: Ctx,
  input: EnterpriseInput,
  opts: { synthetic?: boolean } = {},
): Promise<string> {
  const uscc = checkedUscc(input.uscc);
  return writeTx(c.db, c.actor, async (tx, audit) => {
    await writableUnit(tx, c, input.unitId);
    await assertUsccFree(tx, c.ws, uscc);
    const id = crypto.randomUUID();
    await tx.insert(enterprises).values({
      workspaceId: c.ws,
      id,
      ...values(input, uscc),
      synthetic: opts.synthetic ?? false,
    });
    await audit({
      action: 'enterprise.created',
      entityType: 'enterprise',
      entityId: id,
      summary: `登记企业：${input.name}（${uscc}）`,
      after: { ...input, uscc },
    });
    return id;
  });
}

export async function updateEnterprise(c: Ctx, id: string, input: EnterpriseInput): Promise<void> {
  const uscc = checkedUscc(input.uscc);
  await writeTx(c.db, c.actor, async (tx, audit) => {
    const before = await lockEnterprise(tx, c, id);
    await writableUnit(tx, c, input.unitId);
    await assertUsccFree(tx, c.ws, uscc, id);
    const v = values(input, uscc);
    // A new name keeps the old one among the former names.
    if (before.name !== input.name && !v.formerNames.includes(before.name)) {
      v.formerNames = [...v.formerNames, before.name];
    }
    await tx
      .update(enterprises)
      .set({ ...v, updatedAt: sql`now()` })
      .where(and(eq(enterprises.workspaceId, c.ws), eq(enterprises.id, id)));
    await audit({
      action: 'enterprise.updated',
      entityType: 'enterprise',
      entityId: id,
      summary: `修改企业信息：${input.name}`,
      before,
      after: { ...input, uscc },
    });
  });
}

/** A title as entered: which one, its level, certificate and dates. */
export interface TitleInput {
  kind: string;
  name: string;
  level: string;
  certificateNo: string;
  grantedOn: string;
  validTo?: string | null;
}

function checkTitleDates(t: TitleInput) {
  if (t.validTo && t.validTo < t.grantedOn) throw badRequest('有效期至不能早于认定日期', 'validTo');
}

export async function addTitle(
  c: Ctx,
  id: string,
  t: TitleInput,
): Promise<string> {
  checkTitleDates(t);
  return writeTx(c.db, c.actor, async (tx, audit) => {
    const e = await lockEnterprise(tx, c, id);
    const titleId = crypto.randomUUID();
    await tx.insert(enterpriseTitles).values({
      workspaceId: c.ws,
      id: titleId,
      enterpriseId: id,
      ...t,
      validTo: t.validTo ?? null,
    });
    await audit({
      action: 'enterprise.title_added',
      entityType: 'enterprise',
      entityId: id,
      summary: `${e.name}：登记称号 ${t.name || t.kind}（${t.grantedOn}）`,
      after: t,
    });
    return titleId;
  });
}

/** Corrects a title the enterprise holds (level, dates, certificate …), before and after audited. */
export async function updateTitle(
  c: Ctx,
  id: string,
  titleId: string,
  t: TitleInput,
): Promise<void> {
  checkTitleDates(t);
  await writeTx(c.db, c.actor, async (tx, audit) => {
    const e = await lockEnterprise(tx, c, id);
    const where = and(
      eq(enterpriseTitles.workspaceId, c.ws),
      eq(enterpriseTitles.enterpriseId, id),
      eq(enterpriseTitles.id, titleId),
    );
    const [before] = await tx.select().from(enterpriseTitles).where(where).for('update');
    if (!before) throw notFound('称号');
    const after = { ...t, validTo: t.validTo ?? null };
    await tx.update(enterpriseTitles).set(after).where(where);
    await audit({
      action: 'enterprise.title_updated',
      entityType: 'enterprise',
      entityId: id,
      summary: `${e.name}：修改称号 ${t.name || t.kind}（${t.grantedOn}）`,
      before: {
        kind: before.kind,
        name: before.name,
        level: before.level,
        certificateNo: before.certificateNo,
        grantedOn: before.grantedOn,
        validTo: before.validTo,
      },
      after,
    });
  });
}

export async function removeTitle(c: Ctx, id: string, titleId: string): Promise<void> {
  await writeTx(c.db, c.actor, async (tx, audit) => {
    const e = await lockEnterprise(tx, c, id);
    const del = await tx
      .delete(enterpriseTitles)
      .where(
        and(
          eq(enterpriseTitles.workspaceId, c.ws),
          eq(enterpriseTitles.enterpriseId, id),
          eq(enterpriseTitles.id, titleId),
        ),
      )
      .returning();
    if (del.length === 0) throw notFound('称号');
    await audit({
      action: 'enterprise.title_removed',
      entityType: 'enterprise',
      entityId: id,
      summary: `${e.name}：删除称号 ${del[0]!.kind}`,
      before: del[0],
    });
  });
}

/** Cross-field checks a person would make on a year's figures; Chinese, naming the field. */
export function figureProblems(f: FiguresInput): string[] {
  const p: string[] = [];
  if (f.mainRevenue != null && f.revenue != null && f.mainRevenue > f.revenue)
    p.push(`${FIGURE_LABELS.mainRevenue}不能大于${FIGURE_LABELS.revenue}`);
  if (f.rdExpenseDomestic != null && f.rdExpense != null && f.rdExpenseDomestic > f.rdExpense)
    p.push(`${FIGURE_LABELS.rdExpenseDomestic}不能大于${FIGURE_LABELS.rdExpense}`);
  for (const k of ['rdStaff', 'stStaff'] as const) {
    if (f[k] != null && f.employees != null && f[k]! > f.employees)
      p.push(`${FIGURE_LABELS[k]}不能多于${FIGURE_LABELS.employees}`);
  }
  return p;
}

/** Saves one enterprise's figures for a year inside a transaction, keeping the revision. */
export async function saveFiguresTx(
  tx: Tx,
  audit: Audit,
  c: Ctx,
  id: string,
  year: number,
  f: FiguresInput,
  source: string,
): Promise<void> {
  const e = await lockEnterprise(tx, c, id);
  const [before] = await tx
    .select()
    .from(enterpriseFigures)
    .where(
      and(
        eq(enterpriseFigures.workspaceId, c.ws),
        eq(enterpriseFigures.enterpriseId, id),
        eq(enterpriseFigures.year, year),
      ),
    );
  const row = {
    revenue: f.revenue ?? null,
    mainRevenue: f.mainRevenue ?? null,
    rdExpense: f.rdExpense ?? null,
    rdExpenseDomestic: f.rdExpenseDomestic ?? null,
    employees: f.employees ?? null,
    rdStaff: f.rdStaff ?? null,
    stStaff: f.stStaff ?? null,
    debtRatio: f.debtRatio ?? null,
    ipClassIHighValue: f.ipClassIHighValue ?? null,
    ipClassISelf: f.ipClassISelf ?? null,
    ipClassI: f.ipClassI ?? null,
    ipClassII: f.ipClassII ?? null,
    ipMainProductClassI: f.ipMainProductClassI ?? null,
    equityFinancing: f.equityFinancing ?? null,
    yearsInNiche: f.yearsInNiche ?? null,
    marketShare: f.marketShare ?? null,
    highTechIncomeShare: f.highTechIncomeShare ?? null,
    zjtxScores: f.zjtxScores ?? null,
    htInnovationScore: f.htInnovationScore ?? null,
    flags: f.flags,
  };
  await tx
    .insert(enterpriseFigures)
    .values({ workspaceId: c.ws, enterpriseId: id, year, ...row })
    .onConflictDoUpdate({
      target: [
        enterpriseFigures.workspaceId,
        enterpriseFigures.enterpriseId,
        enterpriseFigures.year,
      ],
      set: { ...row, updatedAt: sql`now()` },
    });
  const prev = before
    ? (({ workspaceId: _w, enterpriseId: _e, year: _y, updatedAt: _u, ...r }) => r)(before)
    : null;
  await tx.insert(enterpriseFigureRevisions).values({
    workspaceId: c.ws,
    enterpriseId: id,
    year,
    actorName: c.actor.name,
    source,
    before: prev,
    after: row,
  });
  await audit({
    action: 'enterprise.figures_saved',
    entityType: 'enterprise',
    entityId: id,
    summary: `${e.name}：${before ? '修改' : '填报'} ${year} 年经营数据`,
    before: prev,
    after: row,
  });
}

export async function saveFigures(c: Ctx, id: string, year: number, f: FiguresInput) {
  const problems = figureProblems(f);
  if (problems.length) throw badRequest(problems.join('；'));
  await writeTx(c.db, c.actor, (tx, audit) => saveFiguresTx(tx, audit, c, id, year, f, 'form'));
}

/** A batch form or an import: all rows or none, each problem named by its row. */
export async function saveFiguresBatch(
  c: Ctx,
  year: number,
  rows: (FiguresInput & { enterpriseId: string; rowLabel?: string })[],
  source: string,
  /** Called as rows are saved (after every row passed its checks). */
  progress: ReportProgress = () => undefined,
): Promise<number> {
  const details: string[] = [];
  rows.forEach((r, i) => {
    const p = figureProblems(r);
    if (p.length) details.push(`${r.rowLabel ?? `第 ${i + 1} 行`}：${p.join('；')}`);
  });
  if (details.length)
    throw new AppError(
      400,
      'invalid_rows',
      `有 ${details.length} 行数据有误，未保存任何数据`,
      undefined,
      details,
    );
  await writeTx(c.db, c.actor, async (tx, audit) => {
    for (const [n, r] of rows.entries()) {
      progress('saving', n, rows.length);
      const { enterpriseId, rowLabel: _l, ...f } = r;
      await saveFiguresTx(tx, audit, c, enterpriseId, year, f, source);
    }
  });
  progress('saving', rows.length, rows.length);
  return rows.length;
}
