// The route × role matrix (finding 7): every route of GET /api/openapi.json and what each
// demo role gets. route-matrix.test.ts fails when a route has no row here, so a new route
// comes with its row. Adding one: copy a similar row, set `expect` (statuses in the order of
// ROLES_ORDER below), run the test; MATRIX_RECORD=1 prints what the server answers.
//
// Objects: `object: 'own'` (default) points the path's ids at 温县 objects (the liaison
// wenxian's unit), `'other'` at 武陟县 ones (matrix-fixtures.ts); ids of other resources are a
// uuid that exists nowhere. Rows run in this order, so a write that succeeds changes what
// later rows see: keep destructive rows (sign-out, deactivation) where they are.
import type { Fixtures } from './matrix-fixtures';
import { MODULE_ROUTE_MATRIX } from './route-matrix-modules';

export const ROLES_ORDER =
  'anonymous duchashi leader viewer wenxian fgw sysadmin secadmin auditadmin';

export interface MatrixCase {
  object?: 'own' | 'other';
  query?: string;
  body?: (fx: Fixtures) => unknown;
  /** Sign in afresh for this row (sign-out, password change end the shared sessions). */
  fresh?: boolean;
  /** The nine statuses, space-separated, in ROLES_ORDER. */
  expect: string;
}

export const ROUTE_MATRIX: Record<string, MatrixCase[]> = {
  'GET /api/health': [{ expect: '200 200 200 200 200 200 200 200 200' }],
  'GET /api/openapi.json': [{ expect: '200 200 200 200 200 200 200 200 200' }],
  'POST /api/auth/login': [
    {
      body: () => ({ username: 'matrix_nobody', password: 'Wrong#12345' }),
      expect: '401 401 401 401 423 423 423 423 423',
    },
  ],
  'POST /api/auth/logout': [{ fresh: true, expect: '401 200 200 200 200 200 200 200 200' }],
  'GET /api/auth/me': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  // Public: who is signed in (or nobody), and the demo accounts in demo mode.
  'GET /api/auth/session': [{ expect: '200 200 200 200 200 200 200 200 200' }],
  'POST /api/auth/password': [
    {
      body: () => ({ currentPassword: 'Wrong#12345', newPassword: 'Another#2027x' }),
      fresh: true,
      expect: '401 400 400 400 400 400 400 400 400',
    },
  ],
  'GET /api/units': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  'POST /api/units': [
    {
      body: (f) => ({
        name: '矩阵测试单位',
        code: 'MX1',
        kind: 'department',
        parentId: f.unit.own,
      }),
      expect: '401 403 403 403 403 403 201 403 403',
    },
  ],
  'GET /api/units/search': [{ query: 'q=温县', expect: '401 200 200 200 200 200 200 200 200' }],
  'GET /api/units/{id}': [
    { expect: '401 200 200 200 200 404 200 200 200' },
    { object: 'other', expect: '401 200 200 200 404 404 200 200 200' },
  ],
  'PATCH /api/units/{id}': [
    { body: () => ({ name: '矩阵测试乡镇' }), expect: '401 403 403 403 403 403 200 403 403' },
    {
      object: 'other',
      body: () => ({ name: '矩阵测试乡镇' }),
      expect: '401 403 403 403 403 403 200 403 403',
    },
  ],
  'POST /api/units/{id}/deactivate': [
    { expect: '401 403 403 403 403 403 200 403 403' },
    { object: 'other', expect: '401 403 403 403 403 403 200 403 403' },
  ],
  'POST /api/units/{id}/activate': [
    { expect: '401 403 403 403 403 403 200 403 403' },
    { object: 'other', expect: '401 403 403 403 403 403 200 403 403' },
  ],
  'GET /api/people': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  'POST /api/people': [
    {
      body: (f) => ({ username: 'matrix_new', displayName: '矩阵新人', unitId: f.unit.own }),
      expect: '401 403 403 403 403 403 201 403 403',
    },
  ],
  'GET /api/people/{id}': [
    { expect: '401 200 200 200 200 404 200 200 200' },
    { object: 'other', expect: '401 200 200 200 404 404 200 200 200' },
  ],
  'PATCH /api/people/{id}': [
    { body: () => ({ displayName: '矩阵改名' }), expect: '401 403 403 403 403 403 200 403 403' },
    {
      object: 'other',
      body: () => ({ displayName: '矩阵改名' }),
      expect: '401 403 403 403 403 403 200 403 403',
    },
  ],
  'POST /api/people/{id}/roles': [
    {
      body: (f) => ({ role: 'viewer', unitId: f.unit.own }),
      expect: '401 403 403 403 403 403 403 409 403',
    },
    {
      object: 'other',
      body: (f) => ({ role: 'viewer', unitId: f.unit.own }),
      expect: '401 403 403 403 403 403 403 200 403',
    },
  ],
  'DELETE /api/people/{id}/roles/{grantId}': [
    { expect: '401 403 403 403 403 403 403 200 403' },
    { object: 'other', expect: '401 403 403 403 403 403 403 200 403' },
  ],
  'GET /api/admin-role-requests': [{ expect: '401 403 403 403 403 403 200 200 200' }],
  'POST /api/admin-role-requests/{id}/approve': [{ expect: '401 403 403 403 403 403 404 404 404' }],
  'POST /api/admin-role-requests/{id}/reject': [{ expect: '401 403 403 403 403 403 404 404 404' }],
  'POST /api/people/{id}/unlock': [
    { expect: '401 403 403 403 403 403 403 200 403' },
    { object: 'other', expect: '401 403 403 403 403 403 403 200 403' },
  ],
  'POST /api/people/{id}/reset-password': [
    { expect: '401 403 403 403 403 403 403 200 403' },
    { object: 'other', expect: '401 403 403 403 403 403 403 200 403' },
  ],
  'GET /api/audit': [{ expect: '401 403 403 403 403 403 403 403 200' }],
  'GET /api/audit/export.xlsx': [{ expect: '401 403 403 403 403 403 403 403 200' }],
  'GET /api/audit/verify': [{ expect: '401 403 403 403 403 403 403 403 200' }],
  'GET /api/settings/security': [{ expect: '401 403 403 403 403 403 403 200 403' }],
  'PUT /api/settings/security': [{ expect: '401 400 400 400 400 400 400 400 400' }],
  'GET /api/indicators': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'POST /api/indicators': [
    {
      body: () => ({
        name: '矩阵指标',
        measureUnit: '%',
        kind: 'growth_rate',
        cumulative: true,
        frequency: 'monthly',
      }),
      expect: '401 201 403 403 403 403 403 403 403',
    },
  ],
  'PATCH /api/indicators/{id}': [
    { body: () => ({ description: '矩阵说明' }), expect: '401 200 403 403 403 403 403 403 403' },
  ],
  // Filtered by year: unfiltered, this list took ~19 s per call on the busy test machine.
  'GET /api/target-plans': [{ query: 'year=2022', expect: '401 200 200 200 200 200 403 403 403' }],
  'POST /api/target-plans': [
    {
      body: (f) => ({ unitId: f.unit.own, year: 2031, title: '矩阵计划' }),
      expect: '401 201 403 403 403 403 403 403 403',
    },
  ],
  'GET /api/target-plans/{id}': [
    { expect: '401 200 200 200 200 200 403 403 403' },
    { object: 'other', expect: '401 200 200 200 404 200 403 403 403' },
  ],
  'PATCH /api/target-plans/{id}': [
    { body: () => ({ source: '矩阵出处' }), expect: '401 200 403 403 403 403 403 403 403' },
    {
      object: 'other',
      body: () => ({ source: '矩阵出处' }),
      expect: '401 200 403 403 404 403 403 403 403',
    },
  ],
  'POST /api/target-plans/{id}/targets': [
    { expect: '401 400 400 400 400 400 400 400 400' },
    { object: 'other', expect: '401 400 400 400 400 400 400 400 400' },
  ],
  'POST /api/targets/parse': [
    { body: () => ({ wording: '增长8%左右' }), expect: '401 200 200 200 200 200 403 403 403' },
  ],
  'PATCH /api/targets/{id}': [
    { expect: '401 400 400 400 400 400 400 400 400' },
    { object: 'other', expect: '401 400 400 400 400 400 400 400 400' },
  ],
  'GET /api/targets/{id}': [
    { expect: '401 200 200 200 200 404 403 403 403' },
    { object: 'other', expect: '401 200 200 200 404 404 403 403 403' },
  ],
  'PUT /api/targets/{id}/meaning': [
    { expect: '401 400 400 400 400 400 400 400 400' },
    { object: 'other', expect: '401 400 400 400 400 400 400 400 400' },
  ],
  'PUT /api/targets/{id}/decomposition': [
    { expect: '401 400 400 400 400 400 400 400 400' },
    { object: 'other', expect: '401 400 400 400 400 400 400 400 400' },
  ],
  'GET /api/targets/{id}/reports': [
    { expect: '401 200 200 200 200 404 403 403 403' },
    { object: 'other', expect: '401 200 200 200 404 404 403 403 403' },
  ],
  'POST /api/targets/{id}/reports': [
    {
      body: () => ({ period: '2022-11', value: 9.9 }),
      expect: '401 403 403 403 400 404 403 403 403',
    },
    {
      object: 'other',
      body: () => ({ period: '2022-11', value: 9.9 }),
      expect: '401 403 403 403 404 404 403 403 403',
    },
  ],
  'GET /api/targets/{id}/judgements': [
    { expect: '401 200 200 200 200 404 403 403 403' },
    { object: 'other', expect: '401 200 200 200 404 404 403 403 403' },
  ],
  'POST /api/targets/{id}/judgements': [
    {
      body: () => ({ period: '2022-12', verdict: 'met', reason: '矩阵理由' }),
      expect: '401 201 403 403 403 404 403 403 403',
    },
    {
      object: 'other',
      body: () => ({ period: '2022-12', verdict: 'met', reason: '矩阵理由' }),
      expect: '401 201 403 403 404 404 403 403 403',
    },
  ],
  'GET /api/target-plans/{id}/reporting': [
    { query: 'period=2022-12', expect: '401 200 200 200 200 200 403 403 403' },
    { object: 'other', query: 'period=2022-12', expect: '401 200 200 200 404 200 403 403 403' },
  ],
  'GET /api/target-plans/{id}/table': [
    { query: 'period=2022-12', expect: '401 200 200 200 200 200 403 403 403' },
    { object: 'other', query: 'period=2022-12', expect: '401 200 200 200 404 200 403 403 403' },
  ],
  'GET /api/targets/{id}/ranking': [
    { query: 'period=2022-12', expect: '401 200 200 200 200 404 403 403 403' },
    { object: 'other', query: 'period=2022-12', expect: '401 200 200 200 404 404 403 403 403' },
  ],
  'GET /api/units/{id}/targets': [
    { query: 'year=2022&period=2022-12', expect: '401 200 200 200 200 404 403 403 403' },
    {
      object: 'other',
      query: 'year=2022&period=2022-12',
      expect: '401 200 200 200 404 404 403 403 403',
    },
  ],
  'GET /api/target-plans/{id}/ledger.xlsx': [
    { query: 'period=2022-12', expect: '401 200 200 200 200 200 403 403 403' },
    { object: 'other', query: 'period=2022-12', expect: '401 200 200 200 404 200 403 403 403' },
  ],
  'GET /api/target-plans/{id}/report-sheet.xlsx': [
    { query: 'period=2022-12', expect: '401 200 200 200 200 200 403 403 403' },
    { object: 'other', query: 'period=2022-12', expect: '401 200 200 200 404 200 403 403 403' },
  ],
  'POST /api/target-plans/{id}/report-sheet': [
    { query: 'period=2022-12', expect: '401 403 403 403 406 406 403 403 403' },
    { object: 'other', query: 'period=2022-12', expect: '401 403 403 403 404 406 403 403 403' },
  ],
  'GET /api/calendar/overrides/{year}': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  'PUT /api/calendar/overrides/{year}': [{ expect: '401 400 400 400 400 400 400 400 400' }],
  'GET /api/calendar/days': [
    { query: 'from=2026-01-01&to=2026-01-31', expect: '401 200 200 200 200 200 200 200 200' },
  ],
  'GET /api/matters/settings': [{ expect: '401 200 200 200 200 200 403 403 403' }],
  'PUT /api/matters/settings': [{ expect: '401 400 400 400 400 400 400 400 400' }],
  'POST /api/matters/escalation/run': [{ expect: '401 200 403 403 403 403 403 403 403' }],
  'GET /api/matter-lists': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  'POST /api/matter-lists': [
    {
      body: () => ({ title: '矩阵清单', year: 2026 }),
      expect: '401 201 403 403 403 403 403 403 403',
    },
  ],
  'POST /api/matter-lists/{id}/import': [{ expect: '401 406 403 403 403 403 403 403 403' }],
  'POST /api/matter-lists/{id}/assign': [{ expect: '401 200 403 403 403 403 403 403 403' }],
  'GET /api/matter-lists/{id}/ledger.xlsx': [{ expect: '401 200 200 200 404 404 404 404 404' }],
  'GET /api/matters/board': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  'GET /api/matters/backlog': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  'GET /api/matters/stats': [
    { query: 'month=2026-01', expect: '401 200 200 200 200 200 200 200 200' },
  ],
  'GET /api/matters/deadlines': [
    { query: 'month=2026-01', expect: '401 200 200 200 200 200 200 200 200' },
  ],
  'GET /api/matters/deadlines.xlsx': [
    { query: 'month=2026-01', expect: '401 200 200 200 200 200 200 200 200' },
  ],
  'GET /api/matters/stats.xlsx': [
    { query: 'month=2026-01', expect: '401 200 200 200 200 200 200 200 200' },
  ],
  'GET /api/matters': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  'GET /api/matters/list.xlsx': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  'POST /api/matters': [
    {
      body: (f) => ({ title: '矩阵事项', source: 'key_work', leadUnitId: f.unit.own }),
      expect: '401 201 403 403 403 403 403 403 403',
    },
  ],
  'GET /api/matters/counts': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  // 领导批示: leaders only; another county's matter is not found for its liaison.
  'POST /api/matters/{id}/instructions': [
    {
      body: () => ({ instruction: '矩阵批示：请加快推进' }),
      expect: '401 403 200 403 403 404 404 404 404',
    },
    {
      object: 'other',
      body: () => ({ instruction: '矩阵批示：请加快推进' }),
      expect: '401 403 200 403 404 404 404 404 404',
    },
  ],
  'GET /api/matters/mine': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  'GET /api/matters/{id}': [
    { expect: '401 200 200 200 200 404 404 404 404' },
    { object: 'other', expect: '401 200 200 200 404 404 404 404 404' },
  ],
  'PATCH /api/matters/{id}': [
    { body: () => ({ content: '矩阵内容' }), expect: '401 400 403 403 403 404 404 404 404' },
    {
      object: 'other',
      body: () => ({ content: '矩阵内容' }),
      expect: '401 400 403 403 404 404 404 404 404',
    },
  ],
  'GET /api/matters/{id}/timeline': [
    { expect: '401 200 200 200 200 404 404 404 404' },
    { object: 'other', expect: '401 200 200 200 404 404 404 404 404' },
  ],
  'POST /api/matters/{id}/assign': [
    { expect: '401 409 409 403 409 404 404 404 404' },
    { object: 'other', expect: '401 409 409 403 404 404 404 404 404' },
  ],
  'POST /api/matters/{id}/sign': [
    { expect: '401 409 409 403 409 404 404 404 404' },
    { object: 'other', expect: '401 409 409 403 404 404 404 404 404' },
  ],
  'POST /api/matters/{id}/reports': [
    { body: () => ({ progress: '矩阵进展' }), expect: '401 400 400 400 400 400 400 400 400' },
    {
      object: 'other',
      body: () => ({ progress: '矩阵进展' }),
      expect: '401 400 400 400 400 400 400 400 400',
    },
  ],
  'POST /api/matters/{id}/closeout': [
    { expect: '401 403 403 403 200 404 404 404 404' },
    { object: 'other', expect: '401 403 403 403 404 404 404 404 404' },
  ],
  'POST /api/matters/{id}/review': [
    { expect: '401 200 409 403 409 404 404 404 404' },
    { object: 'other', expect: '401 409 409 403 404 404 404 404 404' },
  ],
  'POST /api/matters/{id}/return': [
    { body: () => ({ reason: '矩阵退回' }), expect: '401 200 409 403 409 404 404 404 404' },
    {
      object: 'other',
      body: () => ({ reason: '矩阵退回' }),
      expect: '401 409 409 403 404 404 404 404 404',
    },
  ],
  'POST /api/matters/{id}/close': [
    { expect: '401 400 400 400 400 400 400 400 400' },
    { object: 'other', expect: '401 400 400 400 400 400 400 400 400' },
  ],
  'POST /api/matters/{id}/extensions': [
    { expect: '401 400 400 400 400 400 400 400 400' },
    { object: 'other', expect: '401 400 400 400 400 400 400 400 400' },
  ],
  'POST /api/matters/{id}/extensions/{extensionId}/grant': [
    { expect: '401 409 409 403 403 404 404 404 404' },
    { object: 'other', expect: '401 409 409 403 404 404 404 404 404' },
  ],
  'POST /api/matters/{id}/extensions/{extensionId}/refuse': [
    { expect: '401 400 400 400 400 400 400 400 400' },
    { object: 'other', expect: '401 400 400 400 400 400 400 400 400' },
  ],
  'POST /api/matters/{id}/remind': [
    { body: () => ({ note: '矩阵提醒' }), expect: '401 200 200 403 403 404 404 404 404' },
    {
      object: 'other',
      body: () => ({ note: '矩阵提醒' }),
      expect: '401 200 200 403 404 404 404 404 404',
    },
  ],
  'POST /api/matters/{id}/notices': [
    { expect: '401 201 403 403 403 404 404 404 404' },
    { object: 'other', expect: '401 201 403 403 404 404 404 404 404' },
  ],
  'POST /api/matters/{id}/attachments': [
    { expect: '401 406 406 403 406 404 404 404 404' },
    { object: 'other', expect: '401 406 406 403 404 404 404 404 404' },
  ],
  'GET /api/matters/{id}/attachments/{attachmentId}': [
    { expect: '401 404 404 404 404 404 404 404 404' },
    { object: 'other', expect: '401 404 404 404 404 404 404 404 404' },
  ],
  'POST /api/matters/reports': [{ expect: '401 400 400 400 400 400 400 400 400' }],
  'GET /api/notices/{id}/document.docx': [{ expect: '401 404 404 404 404 404 404 404 404' }],
  'GET /api/notifications': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  'POST /api/notifications/{id}/read': [{ expect: '401 404 404 404 404 404 404 404 404' }],
  'POST /api/notifications/read-all': [{ expect: '401 200 200 200 200 200 200 200 200' }],
  // Last: a supervisor deletes the targets the rows above point at.
  'DELETE /api/targets/{id}': [
    { expect: '401 204 404 404 404 404 403 403 403' },
    { object: 'other', expect: '401 204 404 404 404 404 403 403 403' },
  ],
  ...MODULE_ROUTE_MATRIX,
};
