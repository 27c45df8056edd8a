// Demo enterprises: ~60 synthetic firms over Jiaozuo's county-level units (a few with real
// names from the seeds, all figures synthetic and marked so), figures for three years chosen
// so that each title has some that qualify, some that nearly do and some that do not.
import { addNaturalDays, todayInShanghai } from '../../../../core/dates';
import { composeUscc } from '../../../../core/enterprises/uscc';
import { pinyinKeys } from '../../../../core/pinyin';
import { recordAudit } from '../../../audit/record';
import type { Tx } from '../../../db/connection';
import {
  cultivationTargets,
  enterpriseDepartments,
  enterpriseFigures,
  enterpriseTitles,
  enterprises,
  industryChains,
  ladderSteps,
  seedPool,
} from '../../../db/schema';
import type { CreatedWorkspace } from '../../../workspace/create-workspace';

const COUNTIES = [
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
const CHAINS = [
  '新能源材料',
  '生物医药',
  '电子信息',
  '装备制造',
  '汽车及零部件',
  '绿色食品',
  '现代化工',
];
const INDUSTRY = ['C2613', 'C2710', 'C3985', 'C3490', 'C3670', 'C1431', 'C2662'];
const STEMS = [
  '恒达',
  '润泽',
  '鑫源',
  '华瑞',
  '中天',
  '金岭',
  '博远',
  '同创',
  '卓越',
  '瑞丰',
  '德润',
  '宏图',
  '天成',
  '嘉禾',
  '永信',
];
const KINDS = ['新材料', '生物科技', '电子', '机械', '汽车部件', '食品', '化工'];
const REAL = [
  { name: '中原内配集团股份有限公司', unit: '410883', chain: '汽车及零部件', industry: 'C3670' },
  { name: '河南隆丰皮革企业有限公司', unit: '410883', chain: '现代化工', industry: 'C1910' },
  { name: '多氟多新材料股份有限公司', unit: '410803', chain: '新能源材料', industry: 'C2613' },
  { name: '焦作健康元生物制品有限公司', unit: '410871', chain: '生物医药', industry: 'C2710' },
];

/** Deterministic numbers, so every demo workspace looks the same. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Profile = 'qualifies' | 'nearly' | 'not';

export async function seedDemoEnterprises(tx: Tx, ws: CreatedWorkspace) {
  const w = ws.workspaceId;
  const r = rng(410800);
  const between = (a: number, b: number) => Math.round((a + r() * (b - a)) * 100) / 100;
  const ratio = (a: number, b: number) => a + r() * (b - a);
  const int = (a: number, b: number) => Math.floor(a + r() * (b - a + 1));
  const today = todayInShanghai(new Date());
  const year = Number(today.slice(0, 4));
  const last = year - 1;

  for (const code of ['JZ-GXJ', 'JZ-KJJ']) {
    const unitId = ws.unitIds.get(code);
    if (unitId) await tx.insert(enterpriseDepartments).values({ workspaceId: w, unitId });
  }

  // The alliance chain leader of each chain: a real name from the seeds where there is one.
  const leaders = new Map<string, string>();
  for (let i = 0; i < 60; i++) {
    const real = REAL[i];
    const k = i % KINDS.length;
    const name =
      real?.name ??
      `焦作${STEMS[i % STEMS.length]}${KINDS[k]}${i >= STEMS.length && !KINDS[k]!.endsWith('科技') ? '科技' : ''}有限公司`;
    const unitCode = real?.unit ?? COUNTIES[i % COUNTIES.length]!;
    const profile: Profile = (['qualifies', 'nearly', 'not'] as const)[i % 3]!;
    const id = crypto.randomUUID();
    const py = pinyinKeys(name);
    const chain = real?.chain ?? CHAINS[k]!;
    if (real || !leaders.has(chain)) leaders.set(chain, id);
    await tx.insert(enterprises).values({
      workspaceId: w,
      id,
      uscc: composeUscc(
        '91',
        unitCode,
        `MA${String(40000 + i * 37).padStart(5, '0')}${'ABCDEFGHJK'[i % 10]}`,
      ),
      name,
      unitId: ws.unitIds.get(unitCode)!,
      industryCode: real?.industry ?? INDUSTRY[k]!,
      chain,
      strategicEmerging: k <= 2,
      scale: profile === 'not' && i % 2 === 0 ? 'below' : 'above',
      listing: i < 3 ? 'listed' : 'unlisted',
      registeredOn: `${2008 + (i % 12)}-0${1 + (i % 9)}-15`,
      contacts: [
        { name: `联系人${i + 1}`, phone: `0391-${String(3100000 + i * 17)}`, role: '办公室主任' },
      ],
      serviceOfficer: ['李服务', '陈首席', '周专员', '吴科长'][i % 4]!,
      synthetic: true,
      pinyin: py.full,
      pinyinInitials: py.initials,
    });

    // Figures: the last complete year decides the profile; two years before grow into it.
    const revenue = profile === 'not' ? between(500, 4000) : between(4000, 15000);
    let rd =
      revenue *
      (profile === 'qualifies'
        ? ratio(0.035, 0.06)
        : profile === 'not'
          ? ratio(0.005, 0.015)
          : ratio(0.036, 0.05));
    let rev = revenue;
    let score =
      profile === 'qualifies'
        ? between(62, 80)
        : profile === 'not'
          ? between(30, 45)
          : between(62, 75);
    if (profile === 'nearly') {
      // One criterion missed by a little, a different one in turn.
      const miss = Math.floor(i / 3) % 3;
      if (miss === 0) rd = rev * ratio(0.026, 0.029);
      if (miss === 1) score = between(52, 59);
      if (miss === 2) {
        rev = between(850, 990);
        rd = between(101, 120);
      }
    }
    rd = Math.round(rd * 100) / 100;
    const growth = ratio(0.04, 0.18);
    const employees = int(60, 400);
    for (const [j, y] of [last - 2, last - 1, last].entries()) {
      const f = Math.pow(1 + growth, j - 2);
      const yRev = Math.round(rev * f * 100) / 100;
      const main = Math.round(yRev * between(0.72, 0.95) * 100) / 100;
      const parts = {
        specialisation: Math.min(25, Math.round(score * 27) / 100),
        refinement: Math.min(25, Math.round(score * 25) / 100),
        characteristic: Math.min(15, Math.round(score * 15) / 100),
        innovation: 0,
      };
      parts.innovation = Math.min(
        35,
        Math.round((score - parts.specialisation - parts.refinement - parts.characteristic) * 100) /
          100,
      );
      await tx.insert(enterpriseFigures).values({
        workspaceId: w,
        enterpriseId: id,
        year: y,
        revenue: yRev,
        mainRevenue: main,
        rdExpense: Math.round(rd * f * 100) / 100,
        rdExpenseDomestic: Math.round(rd * f * 0.9 * 100) / 100,
        employees,
        rdStaff: Math.round(employees * (profile === 'not' ? 0.05 : 0.14)),
        stStaff: Math.round(employees * (profile === 'not' ? 0.06 : i % 6 === 1 ? 0.095 : 0.16)),
        debtRatio: profile === 'not' ? between(60, 85) : between(35, 60),
        ipClassIHighValue: profile === 'qualifies' && i % 2 === 0 ? 1 : 0,
        ipClassISelf: profile === 'not' ? 0 : int(1, 4),
        ipClassI: profile === 'not' ? int(0, 1) : int(2, 8),
        ipClassII: int(2, 20),
        ipMainProductClassI: profile === 'qualifies' ? int(2, 5) : int(0, 2),
        equityFinancing: i % 10 === 0 ? 300 : 0,
        yearsInNiche: 2 + (i % 9),
        marketShare: profile === 'qualifies' ? between(8, 18) : between(1, 9),
        highTechIncomeShare: profile === 'not' ? between(20, 55) : between(62, 88),
        zjtxScores: parts,
        htInnovationScore: profile === 'not' ? between(40, 65) : i % 6 === 4 ? 70 : between(71, 86),
        flags: [],
      });
    }

    // Titles: some 高新技术企业 (a few expiring within 90 days), some 专精特新 granted this year.
    if (profile === 'qualifies' || i % 5 === 1) {
      const grantedOn = i % 4 === 0 ? `${year}-11-0${1 + (i % 8)}` : `${year - 3}-12-20`;
      const validTo = i % 4 === 0 ? `${year + 3}-10-31` : addNaturalDays(today, 20 + i);
      await tx.insert(enterpriseTitles).values({
        workspaceId: w,
        enterpriseId: id,
        kind: 'high_tech',
        level: 'national',
        certificateNo: `GR${year - (i % 4 === 0 ? 0 : 3)}41${String(1000 + i).padStart(6, '0')}`,
        grantedOn,
        validTo,
      });
    }
    if (profile === 'qualifies' && i % 2 === 0) {
      await tx.insert(enterpriseTitles).values({
        workspaceId: w,
        enterpriseId: id,
        kind: 'specialized_sme',
        level: 'provincial',
        certificateNo: `豫专精${year}-${String(i).padStart(3, '0')}`,
        grantedOn: `${year}-0${1 + (i % 9)}-10`,
        validTo: `${year + 3}-0${1 + (i % 9)}-09`,
      });
    }
    if (i % 4 === 0) {
      await tx.insert(ladderSteps).values({
        workspaceId: w,
        enterpriseId: id,
        step: 'xiao_to_gui',
        reachedOn: `${i % 8 === 0 ? year : year - 1}-0${1 + (i % 9)}-28`,
      });
    }
    if (i % 12 === 5) {
      await tx.insert(seedPool).values({
        workspaceId: w,
        enterpriseId: id,
        year,
        source: 'manual',
        targetKind: 'specialized_sme',
        note: '县里推荐',
        addedBy: '市工信局联络员',
      });
    }
  }

  // Seed 001's city targets for the year, split over the county-level units.
  const split = (total: number) =>
    COUNTIES.map((c, n) => ({ c, t: Math.floor(total / 11) + (n < total % 11 ? 1 : 0) }));
  for (const [metric, total] of [
    ['new_above_scale', 450],
    ['new_high_tech', 50],
    ['new_specialized', 70],
  ] as const) {
    for (const { c, t } of split(total)) {
      await tx
        .insert(cultivationTargets)
        .values({ workspaceId: w, unitId: ws.unitIds.get(c)!, year, metric, target: t });
    }
  }
  // 链长制 / 双长制 (seed 001) over seed 000's "3+13+N" chains: the leaders are synthetic; the
  // aliases link the project demo's chain names (高端装备, 新材料 …) to the same chains.
  const ALIASES: Record<string, string[]> = {
    装备制造: ['高端装备'],
    新能源材料: ['新材料', '氢能'],
    现代化工: ['化工'],
    绿色食品: ['食品加工'],
  };
  for (const [n, name] of CHAINS.entries()) {
    await tx.insert(industryChains).values({
      workspaceId: w,
      name,
      aliases: ALIASES[name] ?? [],
      governmentLeader: `链长${'甲乙丙丁戊己庚'[n]}（虚构）`,
      governmentLeaderPost: n < 3 ? '副市长' : '市政府党组成员',
      allianceLeaderId: leaders.get(name) ?? null,
      sortKey: n + 1,
      synthetic: true,
    });
  }
  await recordAudit(
    tx,
    { workspaceId: w, userId: null, name: '系统', ip: null },
    {
      action: 'enterprise.demo_seeded',
      entityType: 'enterprise',
      summary: '演示企业库：60 家合成企业（数据为虚构）',
    },
  );
}
