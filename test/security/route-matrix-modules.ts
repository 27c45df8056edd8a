// Rows of the route × role matrix for the modules merged after the matrix itself: intake,
// projects and programmes, enterprises and their cultivation, evaluations and the cockpit,
// export jobs. Same conventions as route-matrix.ts (statuses in ROLES_ORDER; `own` objects lie
// in 温县, `other` in 武陟县, see matrix-fixtures.ts). Writes carry valid bodies where the
// route takes one, so the 403/404 comes from the role and scope checks, not from Zod.
import { composeUscc } from '../../src/core/enterprises/uscc';
import { schemeBody, type Fixtures } from './matrix-fixtures';
import type { MatrixCase } from './route-matrix';

export const MODULE_ROUTE_MATRIX: Record<string, MatrixCase[]> = {
  // Intake: the supervisor's tool only.
  'GET /api/intakes': [{ expect: '401 200 403 403 403 403 403 403 403' }],
  'POST /api/intakes': [
    {
      body: () => ({ title: '矩阵文本', planYear: 2026, text: '1. 推进矩阵工作。' }),
      expect: '401 201 403 403 403 403 403 403 403',
    },
  ],
  'POST /api/intakes/upload': [
    { query: 'planYear=2026', expect: '401 406 403 403 403 403 403 403 403' },
  ],
  'GET /api/intakes/{id}': [{ expect: '401 200 403 403 403 403 403 403 403' }],
  'PATCH /api/intakes/{id}': [
    {
      body: () => ({ ops: [{ op: 'reject', ids: ['m1'] }] }),
      expect: '401 200 403 403 403 403 403 403 403',
    },
  ],
  'POST /api/intakes/{id}/commit': [
    { body: () => ({}), expect: '401 400 403 403 403 403 403 403 403' },
  ],

  // Projects: writes by the supervisor and liaisons on their own subtree; problems supervisor.
  'GET /api/projects': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'GET /api/projects/list.xlsx': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'POST /api/projects': [
    {
      body: (f) => ({ name: '矩阵项目', unitId: f.unit.own, level: 'county', planYear: 2026 }),
      expect: '401 201 403 403 201 404 403 403 403',
    },
    {
      object: 'other',
      body: (f) => ({ name: '矩阵项目', unitId: f.unit.other, level: 'county', planYear: 2026 }),
      expect: '401 201 403 403 404 404 403 403 403',
    },
  ],
  'GET /api/projects/{id}': [
    { expect: '401 200 200 200 200 404 403 403 403' },
    { object: 'other', expect: '401 200 200 200 404 404 403 403 403' },
  ],
  'PATCH /api/projects/{id}': [
    { body: () => ({ notes: '矩阵进展' }), expect: '401 200 403 403 200 404 403 403 403' },
    {
      object: 'other',
      body: () => ({ notes: '矩阵进展' }),
      expect: '401 200 403 403 404 404 403 403 403',
    },
  ],
  'GET /api/projects/{id}/history': [
    { expect: '401 200 200 200 200 404 403 403 403' },
    { object: 'other', expect: '401 200 200 200 404 404 403 403 403' },
  ],
  'PUT /api/projects/{id}/investments/{month}': [
    { body: () => ({ ytdCompleted: 1 }), expect: '401 200 403 403 200 404 403 403 403' },
    {
      object: 'other',
      body: () => ({ ytdCompleted: 1 }),
      expect: '401 200 403 403 404 404 403 403 403',
    },
  ],
  'GET /api/projects/investment-form': [
    { query: 'month=2026-01', expect: '401 200 403 403 200 200 403 403 403' },
  ],
  'GET /api/projects/investment-form.xlsx': [
    { query: 'month=2026-01', expect: '401 200 403 403 200 200 403 403 403' },
  ],
  'POST /api/projects/investments': [
    {
      body: (f) => ({ month: '2026-01', items: [{ projectId: f.project.own, ytdCompleted: 2 }] }),
      expect: '401 200 403 403 200 400 403 403 403',
    },
    {
      object: 'other',
      body: (f) => ({ month: '2026-01', items: [{ projectId: f.project.other, ytdCompleted: 2 }] }),
      expect: '401 200 403 403 400 400 403 403 403',
    },
  ],
  'POST /api/projects/investments/import': [
    { query: 'month=2026-01', expect: '401 406 403 403 406 406 403 403 403' },
  ],
  'POST /api/projects/{id}/problems': [
    {
      body: () => ({ kind: 'land', description: '矩阵问题' }),
      expect: '401 201 403 403 403 403 403 403 403',
    },
    {
      object: 'other',
      body: () => ({ kind: 'land', description: '矩阵问题' }),
      expect: '401 201 403 403 403 403 403 403 403',
    },
  ],
  'GET /api/projects/by-matter/{matterId}': [
    { expect: '401 404 404 404 404 404 403 403 403' },
    { object: 'other', expect: '401 404 404 404 404 404 403 403 403' },
  ],
  'GET /api/projects/settings': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'PUT /api/projects/settings': [
    {
      body: () => ({ yellowAfterDays: 5, redAfterDays: 10 }),
      expect: '401 200 403 403 403 403 403 403 403',
    },
  ],
  'GET /api/programmes': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'POST /api/programmes': [
    {
      body: () => ({ name: '矩阵计划', kind: 'plain' }),
      expect: '401 201 403 403 403 403 403 403 403',
    },
  ],
  'GET /api/programmes/{id}/dashboard': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'GET /api/programmes/{id}/investment-trend': [
    { expect: '401 200 200 200 200 200 403 403 403' },
  ],
  'POST /api/programmes/{id}/entries': [
    {
      body: (f) => ({ round: null, list: 'sign', projectId: f.project.own }),
      expect: '401 400 403 403 403 403 403 403 403',
    },
    {
      object: 'other',
      body: (f) => ({ round: null, list: 'sign', projectId: f.project.other }),
      expect: '401 400 403 403 403 403 403 403 403',
    },
  ],
  'POST /api/programmes/{id}/rounds': [
    { body: () => ({ heldOn: '2026-01-15' }), expect: '401 201 403 403 403 403 403 403 403' },
  ],
  'GET /api/programmes/{id}/ranking.xlsx': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'GET /api/programmes/{id}/ranking.docx': [{ expect: '401 200 200 200 200 200 403 403 403' }],

  // Enterprises: writes by the supervisor and liaisons of the enterprise's unit, plus the
  // 工信局/科技局 department liaisons; criteria and targets by the city supervisor.
  'GET /api/enterprises': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'POST /api/enterprises': [
    {
      body: (f) => ({
        uscc: composeUscc('91', '410825', 'MX000001'),
        name: '矩阵企业甲',
        unitId: f.unit.own,
      }),
      expect: '401 201 403 403 409 404 403 403 403',
    },
    {
      object: 'other',
      body: (f) => ({
        uscc: composeUscc('91', '410823', 'MX000002'),
        name: '矩阵企业乙',
        unitId: f.unit.other,
      }),
      expect: '401 201 403 403 404 404 403 403 403',
    },
  ],
  'GET /api/enterprises/{id}': [
    { expect: '401 200 200 200 200 404 403 403 403' },
    { object: 'other', expect: '401 200 200 200 404 404 403 403 403' },
  ],
  'PUT /api/enterprises/{id}': [
    {
      body: (f) => ({
        uscc: composeUscc('91', '410825', 'MX000003'),
        name: '矩阵企业丙',
        unitId: f.unit.own,
      }),
      expect: '401 200 403 403 200 404 403 403 403',
    },
    {
      object: 'other',
      body: (f) => ({
        uscc: composeUscc('91', '410823', 'MX000004'),
        name: '矩阵企业丁',
        unitId: f.unit.other,
      }),
      expect: '401 200 403 403 404 404 403 403 403',
    },
  ],
  'POST /api/enterprises/{id}/titles': [
    {
      body: () => ({ kind: 'tech_sme', level: 'provincial', grantedOn: '2026-01-01' }),
      expect: '401 201 403 403 201 404 403 403 403',
    },
    {
      object: 'other',
      body: () => ({ kind: 'tech_sme', level: 'provincial', grantedOn: '2026-01-01' }),
      expect: '401 201 403 403 404 404 403 403 403',
    },
  ],
  'GET /api/enterprises/figures/batch': [
    { query: 'year=2025', expect: '401 200 200 200 200 200 403 403 403' },
  ],
  'PUT /api/enterprises/{id}/titles/{titleId}': [
    {
      body: () => ({ kind: 'high_tech', level: 'national', grantedOn: '2024-01-01' }),
      expect: '401 404 403 403 404 404 403 403 403',
    },
    {
      object: 'other',
      body: () => ({ kind: 'high_tech', level: 'national', grantedOn: '2024-01-01' }),
      expect: '401 404 403 403 404 404 403 403 403',
    },
  ],
  'DELETE /api/enterprises/{id}/titles/{titleId}': [
    { expect: '401 404 403 403 404 404 403 403 403' },
    { object: 'other', expect: '401 404 403 403 404 404 403 403 403' },
  ],
  'PUT /api/enterprises/{id}/figures/{year}': [
    {
      body: () => ({ revenue: 1000, employees: 50 }),
      expect: '401 200 403 403 200 404 403 403 403',
    },
    {
      object: 'other',
      body: () => ({ revenue: 1000, employees: 50 }),
      expect: '401 200 403 403 404 404 403 403 403',
    },
  ],
  'POST /api/enterprises/figures/batch': [
    {
      body: (f) => ({ year: 2025, rows: [{ enterpriseId: f.enterprise.own, revenue: 900 }] }),
      expect: '401 200 403 403 200 404 403 403 403',
    },
    {
      object: 'other',
      body: (f) => ({ year: 2025, rows: [{ enterpriseId: f.enterprise.other, revenue: 900 }] }),
      expect: '401 200 403 403 404 404 403 403 403',
    },
  ],
  'GET /api/enterprises/figures.xlsx': [
    { query: 'year=2025', expect: '401 200 200 200 200 200 403 403 403' },
  ],
  'POST /api/enterprises/figures/import': [
    { query: 'year=2025', expect: '401 406 403 403 406 406 403 403 403' },
  ],
  'POST /api/enterprises/{id}/problems': [
    {
      body: (f) => ({ title: '矩阵企业问题', leadUnitId: f.unit.own }),
      expect: '401 201 403 403 403 404 403 403 403',
    },
    {
      object: 'other',
      body: (f) => ({ title: '矩阵企业问题', leadUnitId: f.unit.other }),
      expect: '401 201 403 403 404 404 403 403 403',
    },
  ],
  'PUT /api/enterprises/{id}/ladder': [
    {
      body: () => ({ step: 'ge_to_qi', reachedOn: '2026-01-10' }),
      expect: '401 200 403 403 200 404 403 403 403',
    },
    {
      object: 'other',
      body: () => ({ step: 'ge_to_qi', reachedOn: '2026-01-10' }),
      expect: '401 200 403 403 404 404 403 403 403',
    },
  ],
  'GET /api/enterprise-evaluations': [
    { query: 'year=2025', expect: '401 200 200 200 200 200 403 403 403' },
  ],
  'GET /api/enterprise-criteria': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'POST /api/enterprise-criteria': [
    {
      body: (f) => ({
        titleKind: 'innovative_sme',
        name: '矩阵标准',
        source: '矩阵文件',
        effectiveFrom: '2031-01-01',
        params: f.criteriaParams,
      }),
      expect: '401 201 403 403 403 403 403 403 403',
    },
  ],
  'GET /api/enterprise-pool': [
    { query: 'year=2026', expect: '401 200 200 200 200 200 403 403 403' },
  ],
  'POST /api/enterprise-pool': [
    {
      body: (f) => ({ enterpriseId: f.enterprise.own, year: 2026, targetKind: 'tech_sme' }),
      expect: '401 201 403 403 409 404 403 403 403',
    },
    {
      object: 'other',
      body: (f) => ({ enterpriseId: f.enterprise.other, year: 2026, targetKind: 'tech_sme' }),
      expect: '401 201 403 403 404 404 403 403 403',
    },
  ],
  'POST /api/enterprise-pool/from-near': [
    {
      body: () => ({ year: 2026, kind: 'innovative_sme' }),
      expect: '401 200 403 403 200 200 403 403 403',
    },
  ],
  'DELETE /api/enterprise-pool/{id}/{year}': [
    { expect: '401 200 403 403 404 404 403 403 403' },
    { object: 'other', expect: '401 200 403 403 404 404 403 403 403' },
  ],
  'GET /api/industry-chains': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'GET /api/industry-chains/{id}/projects': [{ expect: '401 404 404 404 404 404 403 403 403' }],
  'POST /api/industry-chains': [
    {
      body: () => ({ name: '矩阵产业链', governmentLeader: '矩阵链长' }),
      expect: '401 201 403 403 403 403 403 403 403',
    },
  ],
  'PUT /api/industry-chains/{id}': [
    {
      body: () => ({ name: '矩阵产业链乙', governmentLeader: '矩阵链长' }),
      expect: '401 404 403 403 403 403 403 403 403',
    },
  ],
  'POST /api/enterprise-evaluation-runs': [
    { body: () => ({ year: 2025 }), expect: '401 202 202 202 202 202 403 403 403' },
  ],
  'GET /api/enterprise-evaluation-results': [
    { query: 'year=2025', expect: '401 200 200 200 200 200 403 403 403' },
  ],
  'GET /api/enterprise-counts': [
    { query: 'year=2026', expect: '401 200 200 200 200 200 403 403 403' },
  ],
  'PUT /api/enterprise-targets': [
    {
      body: (f: Fixtures) => ({
        year: 2026,
        items: [{ unitId: f.unit.own, metric: 'new_above_scale', target: 3 }],
      }),
      expect: '401 200 403 403 403 403 403 403 403',
    },
  ],

  // Evaluations and the cockpit: reading for business roles, writing for the supervisor.
  'GET /api/evaluations/sources': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'GET /api/evaluations/schemes': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'POST /api/evaluations/schemes': [
    {
      body: (f) => schemeBody('matrix_post', f.city, [f.unit.own]),
      expect: '401 201 403 403 403 403 403 403 403',
    },
  ],
  'GET /api/evaluations/schemes/{id}': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'POST /api/evaluations/schemes/{id}/versions': [
    {
      body: (f) => {
        const { items, units } = schemeBody('v', f.city, [f.unit.own, f.unit.other]);
        return { items, units, note: '矩阵版本' };
      },
      expect: '401 201 403 403 403 403 403 403 403',
    },
  ],
  'GET /api/evaluations/schemes/{id}/results': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'GET /api/evaluations/schemes/{id}/circular.docx': [
    { expect: '401 200 200 200 200 200 403 403 403' },
  ],
  'GET /api/evaluations/schemes/{id}/ranking.xlsx': [
    { expect: '401 200 200 200 200 200 403 403 403' },
  ],
  'GET /api/evaluations/schemes/{id}/results/{unitId}': [
    { expect: '401 200 200 200 200 404 403 403 403' },
    { object: 'other', expect: '401 200 200 200 404 404 403 403 403' },
  ],
  'POST /api/evaluations/schemes/{id}/manual-scores': [
    {
      body: (f) => ({
        itemKey: 'k1',
        period: '2026-11',
        unitId: f.unit.own,
        value: 1,
        reason: '矩阵理由',
      }),
      expect: '401 204 403 403 403 403 403 403 403',
    },
  ],
  'POST /api/evaluations/schemes/{id}/import': [{ expect: '401 406 403 403 403 403 403 403 403' }],
  'GET /api/cockpit': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'GET /api/cockpit/trends': [{ expect: '401 200 200 200 200 200 403 403 403' }],

  // Export jobs: a job and its file belong to the person who started it (the supervisor).
  'POST /api/exports': [
    {
      body: (f) => ({ kind: 'matter-list-ledger', listId: f.list }),
      expect: '401 202 202 202 404 404 403 403 403',
    },
  ],
  'GET /api/exports': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  'GET /api/exports/{id}': [{ expect: '401 200 404 404 404 404 404 404 404' }],
  'GET /api/exports/{id}/file': [{ expect: '401 200 404 404 404 404 404 404 404' }],
};
