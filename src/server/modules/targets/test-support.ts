// Helpers for the targets API tests: find demo objects the way a person would, by name.
/* eslint-disable @typescript-eslint/no-explicit-any -- tests read bodies loosely */
import type { ApiClient } from '../../../../test/support/server';

export async function unitByCode(client: ApiClient, code: string) {
  const res = await client.get('/api/units');
  return res.body.items.find((u: { code: string }) => u.code === code);
}

/** The demo 2022 plan of the unit with this code (410800 city, 410871 示范区). */
export async function demoPlan(client: ApiClient, unitCode: string) {
  const res = await client.get('/api/target-plans?year=2022');
  const plan = res.body.items.find((p: any) => p.unit.code === unitCode);
  if (!plan) throw new Error(`no 2022 plan for ${unitCode}: ${JSON.stringify(res.body)}`);
  return plan;
}

/** The plan line (or a unit's share) of an indicator in the plan table. */
export async function lineOf(
  client: ApiClient,
  planId: string,
  indicator: string,
  period = '2022-12',
) {
  const table = (await client.get(`/api/target-plans/${planId}/table?period=${period}`)).body;
  const row = table.rows.find((r: any) => r.target.indicator.name === indicator);
  if (!row) throw new Error(`no line ${indicator}: ${JSON.stringify(table).slice(0, 300)}`);
  return row;
}
