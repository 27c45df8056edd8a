// Demo records for key projects. ALL SYNTHETIC: names and figures are invented so that the
// records reproduce the totals Jiaozuo published (seed 001, domain.md §4), and are marked
// synthetic in the data and on screen. Pure: no database, so the counts are unit-tested.
import { addNaturalDays, type IsoDate } from '../../../../core/dates';
import type { ListKind } from '../../../../core/projects/stages';

export const COUNTIES = [
  '410802',
  '410803',
  '410804',
  '410811',
  '410821',
  '410822',
  '410823',
  '410825',
  '410871',
  '410882',
  '410883',
];
const SHORT: Record<string, string> = {
  '410802': '解放区',
  '410803': '中站区',
  '410804': '马村区',
  '410811': '山阳区',
  '410821': '修武县',
  '410822': '博爱县',
  '410823': '武陟县',
  '410825': '温县',
  '410871': '示范区',
  '410882': '沁阳市',
  '410883': '孟州市',
};
const INDUSTRIES: [string, string][] = [
  ['装备制造', '高端装备'],
  ['新材料', '新材料'],
  ['新能源汽车', '汽车及零部件'],
  ['生物医药', '生物医药'],
  ['绿色食品', '食品加工'],
  ['电子信息', '电子信息'],
  ['现代物流', '现代物流'],
  ['文旅康养', '文化旅游'],
  ['化工新材料', '化工'],
];
const LEVELS = ['provincial', 'city', 'city', 'county', 'county'] as const;

export interface DemoProject {
  key: string;
  unitCode: string;
  name: string;
  owner: string;
  industry: string;
  chain: string;
  level: (typeof LEVELS)[number];
  totalInvestment: number;
  annualPlan: number;
  signedOn: IsoDate | null;
  startedOn: IsoDate | null;
  producingOn: IsoDate | null;
  performingOn: IsoDate | null;
  completedOn: IsoDate | null;
  taskForceLeader: string;
  taskForceMembers: string;
  /** Monthly year-to-date reports for the current year: months 1..n (null: none expected). */
  reportMonths: number | null;
  /** Share of the annual plan done by the year's end pace (1.0 = on plan). */
  pace: number;
  /** The month by which the pace is reached (12: spread over the year). */
  fullBy: number;
}

export interface DemoEntry {
  programme: 'three' | 'rebuild';
  round: number | null;
  list: ListKind;
  projectKey: string;
}

/** 三个一批 rounds (synthetic dates; Henan runs the activity quarterly since 2021). */
export const ROUNDS = [
  { seq: 1, name: '第一期', heldOn: '2021-09-28' },
  { seq: 2, name: '第二期', heldOn: '2021-12-28' },
  { seq: 3, name: '第三期', heldOn: '2022-03-29' },
];

let serial = 0;
function project(unitCode: string, i: number, o: Partial<DemoProject>): DemoProject {
  serial++;
  const [industry, chain] = INDUSTRIES[serial % INDUSTRIES.length]!;
  const level = LEVELS[serial % LEVELS.length]!;
  const total = 5000 + ((serial * 7919) % 95) * 1000;
  return {
    key: `p${serial}`,
    unitCode,
    name: `${SHORT[unitCode]}${industry}项目${String(serial).padStart(3, '0')}（合成）`,
    owner: `${SHORT[unitCode]}${chain}示例有限公司`,
    industry,
    chain,
    level,
    totalInvestment: total,
    annualPlan: 0,
    signedOn: null,
    startedOn: null,
    producingOn: null,
    performingOn: null,
    completedOn: null,
    taskForceLeader: i % 3 === 0 ? `${SHORT[unitCode]}分管副职（示例）` : '',
    taskForceMembers: i % 3 === 0 ? '发改、自然资源、生态环境、供电（示例）' : '',
    reportMonths: null,
    // Most key projects run ahead of plan (seed 001: 147.4% and 149.6% for the year).
    pace: 0.9 + ((serial * 37) % 70) / 100,
    fullBy: 12,
    ...o,
  };
}

const unitFor = (i: number, round: number) => COUNTIES[(i * 7 + round * 3) % COUNTIES.length]!;

/**
 * Three rounds whose cumulative results are exactly seed 001's: 签约 84 → 83 started;
 * 开工 91 → 91 started, 40 producing; 投产 103 → 82 达效. A round's 投产 list draws first on
 * earlier rounds' 开工 projects already producing, then on other started projects.
 */
export function demoProjects(today: IsoDate): { projects: DemoProject[]; entries: DemoEntry[] } {
  serial = 0;
  const year = Number(today.slice(0, 4));
  const dueMonths = Math.max(0, Number(today.slice(5, 7)) - 1);
  const projects: DemoProject[] = [];
  const entries: DemoEntry[] = [];
  const add = (p: DemoProject, e: Omit<DemoEntry, 'projectKey'>) => {
    projects.push(p);
    entries.push({ ...e, projectKey: p.key });
  };
  const signCounts = [28, 28, 28];
  const startCounts = [30, 30, 31];
  const producingCounts = [25, 12, 3];
  const produceCounts = [34, 34, 35];
  const performingCounts = [27, 27, 28];
  const producers: DemoProject[] = [];
  for (const r of ROUNDS) {
    const k = r.seq - 1;
    for (let i = 0; i < signCounts[k]!; i++) {
      const notStarted = r.seq === 3 && i === signCounts[k]! - 1;
      add(
        project(unitFor(i, r.seq), i, {
          signedOn: r.heldOn,
          startedOn: notStarted ? null : addNaturalDays(r.heldOn, 30 + (i % 4) * 20),
        }),
        { programme: 'three', round: r.seq, list: 'sign' },
      );
    }
    for (let i = 0; i < startCounts[k]!; i++) {
      const producing = i < producingCounts[k]!;
      const p = project(unitFor(i + 5, r.seq), i, {
        signedOn: addNaturalDays(r.heldOn, -100),
        startedOn: r.heldOn,
        producingOn: producing ? addNaturalDays(r.heldOn, 60 + (i % 3) * 10) : null,
        // Still being built: they report monthly investment this year.
        annualPlan: producing ? 0 : 3000 + (i % 5) * 1000,
        reportMonths: producing ? null : dueMonths,
      });
      add(p, { programme: 'three', round: r.seq, list: 'start' });
      if (producing) producers.push(p);
    }
  }
  // 投产 lists: rounds 2 and 3 take earlier 开工 projects producing before the round.
  const drawn = new Set<string>();
  for (const r of ROUNDS) {
    const k = r.seq - 1;
    const fromEarlier = producers.filter(
      (p) => !drawn.has(p.key) && p.startedOn! < r.heldOn && p.producingOn! <= r.heldOn,
    );
    const take = r.seq === 1 ? [] : fromEarlier.slice(0, r.seq === 2 ? 12 : 15);
    for (let i = 0; i < produceCounts[k]!; i++) {
      const performing = i < performingCounts[k]!;
      let p = take[i];
      if (p) drawn.add(p.key);
      else {
        p = project(unitFor(i + 2, r.seq), i, {
          signedOn: addNaturalDays(r.heldOn, -500),
          startedOn: addNaturalDays(r.heldOn, -400),
          producingOn: r.heldOn,
        });
        projects.push(p);
      }
      if (performing) p.performingOn = addNaturalDays(p.producingOn!, 180 + (i % 4) * 30);
      entries.push({ programme: 'three', round: r.seq, list: 'produce', projectKey: p.key });
    }
  }
  // 灾后重建 (scaled down 10×): 140 started, 118 completed (竣工率 84.3%), 97.7% of plan.
  for (let i = 0; i < 140; i++) {
    const done = i < 118;
    add(
      project(unitFor(i, 7), i, {
        name: `${SHORT[unitFor(i, 7)]}灾后重建项目${String(i + 1).padStart(3, '0')}（合成）`,
        owner: `${SHORT[unitFor(i, 7)]}人民政府（示例）`,
        industry: '灾后重建',
        chain: '',
        level: 'county',
        totalInvestment: 100,
        annualPlan: 100,
        startedOn: `${year}-01-15`,
        completedOn: done ? `${year}-0${1 + (i % 6) + 3}-20` : null,
        reportMonths: dueMonths,
        pace: 0.977,
        fullBy: Math.max(1, dueMonths),
      }),
      { programme: 'rebuild', round: null, list: 'build' },
    );
  }
  // This year's key projects outside the lists: monthly reports, two of them behind.
  for (let i = 0; i < 44; i++) {
    projects.push(
      project(COUNTIES[i % COUNTIES.length]!, i, {
        signedOn: `${year - 1}-10-10`,
        startedOn: `${year}-02-20`,
        annualPlan: 5000 + (i % 7) * 2000,
        reportMonths: i === 3 ? dueMonths - 1 : i === 8 ? dueMonths - 2 : dueMonths,
        pace: 1.2 + (i % 6) * 0.08,
      }),
    );
  }
  return { projects, entries };
}

/** Year-to-date figure for month m: the plan's share of the year at the project's pace. */
export function ytdFor(p: DemoProject, m: number): number {
  return Math.round(((p.annualPlan * p.pace * m) / p.fullBy) * 100) / 100;
}
