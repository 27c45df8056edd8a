/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures read response bodies loosely */
// Objects the route × role matrix points at: "own" lies in 温县 (the liaison wenxian's unit),
// "other" in 武陟县, so scoping shows as 200 for one and 404 for the other.
import type { TestServer } from '../support/server';

export const MATRIX_ROLES = [
  'anonymous',
  'duchashi',
  'leader',
  'viewer',
  'wenxian',
  'fgw',
  'sysadmin',
  'secadmin',
  'auditadmin',
] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

export const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

export interface Pair {
  own: string;
  other: string;
}

export interface Fixtures {
  unit: Pair;
  township: Pair;
  person: Pair;
  grant: Pair;
  plan: Pair;
  target: Pair;
  matter: Pair;
  indicator: string;
  list: string;
  project: Pair;
  enterprise: Pair;
  programme: string;
  scheme: string;
  city: string;
  /** The built-in 创新型中小企业 criteria parameters, for a valid new criteria version. */
  criteriaParams: unknown;
  intake: string;
  exportJob: string;
}

export async function buildFixtures(server: TestServer): Promise<Fixtures> {
  const sup = await server.login('duchashi');
  const sys = await server.login('sysadmin');
  const sec = await server.login('secadmin');
  const units = (await sup.get('/api/units')).body.items as any[];
  const byCode = (code: string) => units.find((u) => u.code === code);
  const wen = byCode('410825');
  const wuzhi = byCode('410823');
  const township = (code: string) =>
    units.find((u) => u.code.startsWith(code) && u.code.length > 6 && u.parentId)?.id ?? NO_SUCH_ID;

  const created = await sys.post('/api/people', {
    username: 'matrix_wx',
    displayName: '矩阵测试人员',
    unitId: wen.id,
  });
  const granted = await sec.post(`/api/people/${created.body.id}/roles`, {
    role: 'viewer',
    unitId: wen.id,
  });
  const people = (await sys.get('/api/people')).body.items as any[];
  const wuzhiPerson = people.find((p) => p.username === 'wuzhi');

  const plans = (await sup.get('/api/target-plans?year=2022')).body.items as any[];
  const cityPlan = plans.find((p) => p.unit.code === '410800');
  const zonePlan = plans.find((p) => p.unit.code === '410871');
  const table = (await sup.get(`/api/target-plans/${cityPlan.id}/table?period=2022-12`)).body;
  const shareOf = (unitId: string) => table.rows[0].units.find((u: any) => u.unitId === unitId);

  const matters = (await sup.get('/api/matters?pageSize=200')).body.items as any[];
  const matterOf = (unitId: string) =>
    matters.find((m) => m.leadUnit.id === unitId && m.status !== 'closed')?.id ?? NO_SUCH_ID;

  // Objects of the later modules, in 温县's subtree vs 武陟县's.
  const parentOf = new Map(units.map((u) => [u.id as string, u.parentId as string | null]));
  const under = (unitId: string, root: string): boolean => {
    for (let id: string | null | undefined = unitId; id; id = parentOf.get(id))
      if (id === root) return true;
    return false;
  };
  const pairOf = (items: any[], unitIdOf: (x: any) => string): Pair => ({
    own: items.find((x) => under(unitIdOf(x), wen.id))?.id ?? NO_SUCH_ID,
    other: items.find((x) => under(unitIdOf(x), wuzhi.id))?.id ?? NO_SUCH_ID,
  });
  const projectOf = async (unitId: string): Promise<string> =>
    (await sup.get(`/api/projects?unitId=${unitId}&pageSize=1`)).body.items?.[0]?.id ?? NO_SUCH_ID;
  const enterprises = (await sup.get('/api/enterprises?pageSize=200')).body.items as any[];
  const city = byCode('410800');
  const scheme = await sup.post(
    '/api/evaluations/schemes',
    schemeBody('matrix', city.id, [wen.id, wuzhi.id]),
  );
  const programmes = (await sup.get('/api/programmes')).body.items as any[];
  const intake = await sup.post('/api/intakes', {
    title: '矩阵测试文本',
    planYear: 2026,
    text: '一、重点工作\n1. 推进矩阵测试项目建设，年底前完成。',
  });
  const exportJob = await sup.post('/api/exports', {
    kind: 'matter-list-ledger',
    listId: (await sup.get('/api/matter-lists')).body.items[0].id,
  });

  return {
    project: { own: await projectOf(wen.id), other: await projectOf(wuzhi.id) },
    enterprise: pairOf(enterprises, (e) => e.unitId),
    programme: programmes[0]?.id ?? NO_SUCH_ID,
    scheme: scheme.body.id ?? NO_SUCH_ID,
    city: city.id,
    criteriaParams:
      ((await sup.get('/api/enterprise-criteria')).body.versions as any[]).find(
        (v) => v.id === 'builtin-innovative_sme',
      )?.params ?? {},
    intake: intake.body.id ?? NO_SUCH_ID,
    exportJob: exportJob.body.id ?? NO_SUCH_ID,
    unit: { own: wen.id, other: wuzhi.id },
    township: { own: township('410825'), other: township('410823') },
    person: { own: created.body.id, other: wuzhiPerson.id },
    grant: { own: granted.body.roles[0].id, other: wuzhiPerson.roles[0].id },
    plan: { own: cityPlan.id, other: zonePlan.id },
    target: { own: shareOf(wen.id).targetId, other: shareOf(wuzhi.id).targetId },
    matter: { own: matterOf(wen.id), other: matterOf(wuzhi.id) },
    indicator: (await sup.get('/api/indicators')).body.items[0].id,
    list: (await sup.get('/api/matter-lists')).body.items[0].id,
  };
}

/** An evaluation scheme of one hand-scored indicator (k1), for the matrix's scheme rows. */
export function schemeBody(code: string, organiserUnitId: string, unitIds: string[]) {
  const source = { kind: 'manual', params: {} };
  return {
    code,
    name: `矩阵方案${code}`,
    organiserUnitId,
    defaultPeriod: '2026-11',
    items: [
      { key: 'G', name: '总体', weight: 1 },
      {
        key: 'k1',
        parentKey: 'G',
        name: '矩阵指标',
        weight: 100,
        direction: 'higher_better',
        source,
        normalisation: { kind: 'min_max' },
      },
    ],
    units: unitIds.map((unitId) => ({ unitId })),
  };
}

/** The object a path's ids point at, chosen by the resource the path names. */
export function resolvePath(
  fx: Fixtures,
  method: string,
  path: string,
  object: 'own' | 'other' = 'own',
): string {
  const pick = (pair: { own: string; other: string }) => pair[object];
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (name === 'year') return '2026';
    if (name === 'grantId') return pick(fx.grant);
    if (name === 'month') return '2026-01';
    if (name === 'matterId') return pick(fx.matter);
    if (name === 'unitId') return pick(fx.unit);
    if (name !== 'id') return NO_SUCH_ID;
    if (path.startsWith('/api/projects/')) return pick(fx.project);
    if (path.startsWith('/api/programmes/')) return fx.programme;
    if (path.startsWith('/api/enterprises/') || path.startsWith('/api/enterprise-pool/'))
      return pick(fx.enterprise);
    if (path.startsWith('/api/evaluations/schemes/')) return fx.scheme;
    if (path.startsWith('/api/intakes/')) return fx.intake;
    if (path.startsWith('/api/exports/')) return fx.exportJob;
    if (path.startsWith('/api/units/')) {
      return method === 'GET' ? pick(fx.unit) : pick(fx.township);
    }
    if (path.startsWith('/api/people/')) return pick(fx.person);
    if (path.startsWith('/api/indicators/')) return fx.indicator;
    if (path.startsWith('/api/target-plans/')) return pick(fx.plan);
    if (path.startsWith('/api/targets/')) return pick(fx.target);
    if (path.startsWith('/api/matter-lists/')) return fx.list;
    if (path.startsWith('/api/matters/')) return pick(fx.matter);
    return NO_SUCH_ID;
  });
}
