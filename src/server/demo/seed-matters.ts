import { and, eq } from 'drizzle-orm';
import { addNaturalDays, todayInShanghai, type IsoDate } from '../../core/dates';
import { recordAudit } from '../audit/record';
import { loadGrants } from '../auth/session-store';
import type { Tx } from '../db/connection';
import { matterLists, matterNodes, matters, roleAssignments, users } from '../db/schema';
import { pendingExtension } from '../modules/matters/queries';
import {
  decideExtension,
  remind,
  reportProgress,
  requestExtension,
  simpleAction,
} from '../modules/matters/actions';
import type { Caller } from '../modules/matters/context';
import { assignMatter, insertDraft } from '../modules/matters/service';
import { issueNotice } from '../modules/notices/service';
import type { CreatedWorkspace } from '../workspace/create-workspace';
import {
  DEMO_DEPARTMENT_LIAISONS,
  DEMO_LISTS,
  DEMO_MATTERS,
  type DemoMatter,
} from './matters-data';
import { addDemoSeeder } from './seed-demo';

// Replays each demo matter's life day by day through the same service functions the API uses,
// so the timeline, the stored deadlines, notifications and the audit trail are all real.

async function callerFor(
  tx: Tx,
  ws: string,
  username: string,
  today: () => IsoDate,
  clock: () => Date,
) {
  const [u] = await tx.select().from(users).where(eq(users.username, username));
  if (!u) throw new Error(`demo user ${username} missing`);
  const roles = await loadGrants(tx, ws, u.id);
  return (day: IsoDate): Caller => ({
    auth: {
      workspaceId: ws,
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      unitId: u.unitId,
      mustChangePassword: false,
      roles,
      csrfToken: '',
      sessionHash: '',
    },
    actor: { workspaceId: ws, userId: u.id, name: u.displayName, ip: null },
    today: day <= today() ? day : today(),
    clock,
  });
}

async function addDepartmentLiaisons(tx: Tx, ws: CreatedWorkspace) {
  const [template] = await tx.select().from(users).where(eq(users.username, 'wenxian'));
  if (!template) return;
  for (const l of DEMO_DEPARTMENT_LIAISONS) {
    const unitId = ws.unitIds.get(l.unitCode)!;
    const id = crypto.randomUUID();
    await tx.insert(users).values({
      workspaceId: ws.workspaceId,
      id,
      username: l.username,
      displayName: l.displayName,
      unitId,
      passwordHash: template.passwordHash,
      mustChangePassword: false,
    });
    await tx
      .insert(roleAssignments)
      .values({ workspaceId: ws.workspaceId, userId: id, role: 'liaison', unitId });
  }
}

export async function seedDemoMatters(
  tx: Tx,
  ws: CreatedWorkspace,
  today = todayInShanghai(new Date()),
) {
  await addDepartmentLiaisons(tx, ws);
  const w = ws.workspaceId;
  let tick = 0;
  let clockDay = today;
  // Timeline stamps: the simulated day at 09:00 Beijing time, a minute per step.
  const clock = () => new Date(Date.parse(`${clockDay}T09:00:00+08:00`) + tick++ * 60_000);
  const asOf = () => today;
  const sup = await callerFor(tx, w, 'duchashi', asOf, clock);
  const leader = await callerFor(tx, w, 'leader', asOf, clock);
  const liaisonOf = new Map<string, string>([
    ['410825', 'wenxian'],
    ['410823', 'wuzhi'],
    ['410883', 'mengzhou'],
    ['410871', 'shifanqu'],
    ['JZ-FGW', 'fgw'],
    ...DEMO_DEPARTMENT_LIAISONS.map((l) => [l.unitCode, l.username] as [string, string]),
  ]);

  const listIds = new Map<string, string>();
  const year = Number(today.slice(0, 4));
  for (const [key, l] of Object.entries(DEMO_LISTS)) {
    const id = crypto.randomUUID();
    await tx.insert(matterLists).values({
      workspaceId: w,
      id,
      title: `${year}年${l.title}`,
      year,
      source: l.source,
      description: l.description,
    });
    listIds.set(key, id);
  }

  const audit = (c: Caller) => (e: Parameters<typeof recordAudit>[2]) =>
    recordAudit(tx, c.actor, e);
  for (const d of DEMO_MATTERS) {
    const d0 = addNaturalDays(today, -d.ago);
    const at = (n: number) => {
      const day = addNaturalDays(d0, n);
      const next = day <= today ? day : today;
      // Reset the minute tick only on a new day, so steps of one day keep their order.
      if (next !== clockDay) tick = 0;
      clockDay = next;
      return day;
    };
    const lia = await callerFor(tx, w, liaisonOf.get(d.unit)!, asOf, clock);
    const s0 = sup(at(0));
    const id = await insertDraft(tx, s0, {
      title: d.title,
      source: d.source,
      listId: d.list ? listIds.get(d.list)! : null,
      leadLeader: d.leader,
      leadUnitId: ws.unitIds.get(d.unit)!,
      cooperatingUnitIds: (d.coops ?? []).map((c) => ws.unitIds.get(c)!),
      content: d.content,
      complexity: d.complex ? 'complex' : 'ordinary',
      nodes: d.complex ? [{ title: '报送时间节点和方案', due: addNaturalDays(d0, 10) }] : [],
      tags: [],
    });
    if (d.stage === 'draft') continue;
    await assignMatter(tx, audit(s0), s0, id, d0);
    if (d.stage === 'assigned') continue;
    await simpleAction(tx, audit(lia(at(0))), lia(at(0)), id, 'sign', {});
    if (d.stage === 'signed') continue;
    await step(tx, d, id, { sup, leader, lia, at, audit, today });
  }
}

type Steps = {
  sup: (day: IsoDate) => Caller;
  leader: (day: IsoDate) => Caller;
  lia: (day: IsoDate) => Caller;
  at: (n: number) => IsoDate;
  audit: (c: Caller) => (e: Parameters<typeof recordAudit>[2]) => Promise<void>;
  today: IsoDate;
};

async function step(tx: Tx, d: DemoMatter, id: string, s: Steps) {
  const r = d.reportAfter ?? 2;
  const nodes = d.complex ? await nodeIds(tx, s.lia(s.today).auth.workspaceId, id) : [];
  const c1 = s.lia(s.at(r));
  await reportProgress(tx, s.audit(c1), c1, id, {
    content: d.report ?? '已研究部署，正在推进。',
    percent: 40,
    nodeIdsDone: nodes,
  });
  if (d.reminded) {
    const c = s.sup(s.at(8));
    await remind(tx, s.audit(c), c, id, '请加快进度，按期办结。');
  }
  if (d.extension) {
    const c = s.lia(s.at(r + 1));
    const [row] = await tx.select().from(matters).where(eq(matters.id, id));
    await requestExtension(tx, s.audit(c), c, id, {
      reason: '项目审批环节较多，需延长办理时限。',
      requestedDue: addNaturalDays(row!.finalDue!, 30),
    });
    if (d.extension === 'granted') {
      const l = s.leader(s.at(r + 2));
      const ext = await pendingExtension(tx, l.auth.workspaceId, id);
      await decideExtension(tx, s.audit(l), l, id, ext!.id, { grant: true });
    }
  }
  if (d.notice) {
    const c = s.sup(s.today);
    await issueNotice(tx, s.audit(c), c, id, {});
  }
  if (d.stage === 'reported') return;
  const late = d.stage === 'closed_late';
  const [row] = await tx.select().from(matters).where(eq(matters.id, id));
  const base = late ? Math.max(r + 1, daysFrom(s.at(0), row!.finalDue!) + 2) : r + 1;
  const c2 = s.lia(s.at(base));
  await simpleAction(tx, s.audit(c2), c2, id, 'request_closeout', {});
  if (d.stage === 'closeout') return;
  const c3 = s.sup(s.at(base + 1));
  await simpleAction(tx, s.audit(c3), c3, id, 'review_pass', {});
  if (d.stage === 'reviewed') return;
  const c4 = s.sup(s.at(base + 2));
  await simpleAction(tx, s.audit(c4), c4, id, 'close', { rating: d.rating ?? '良好' });
}

function daysFrom(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

async function nodeIds(tx: Tx, ws: string, matterId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: matterNodes.id })
    .from(matterNodes)
    .where(and(eq(matterNodes.workspaceId, ws), eq(matterNodes.matterId, matterId)));
  return rows.map((r) => r.id);
}

addDemoSeeder('督查督办', (tx, ws) => seedDemoMatters(tx, ws));
