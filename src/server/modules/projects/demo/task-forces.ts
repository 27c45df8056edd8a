// The 示范区's 291 key projects pushed by task forces (专班), per seed 002 (“专班推进291个重点
// 项目”). ALL SYNTHETIC: names end in （合成）, leaders are posts, not people. They sit on no
// programme list, so the 三个一批 rates of seed 001 are untouched. Pure: unit-tested counts.
import type { IsoDate } from '../../../../core/dates';
import type { DemoProject } from './data';

export const TASK_FORCE_PROJECTS = 291;

/** Twelve task forces, each with its leader (a post, marked 示例). */
export const TASK_FORCES: { name: string; industry: string; chain: string; leader: string }[] = [
  ['智能装备', '装备制造', '高端装备'],
  ['新能源汽车零部件', '新能源汽车', '汽车及零部件'],
  ['新材料', '新材料', '新材料'],
  ['生物医药', '生物医药', '生物医药'],
  ['电子信息', '电子信息', '电子信息'],
  ['绿色食品', '绿色食品', '食品加工'],
  ['现代物流', '现代物流', '现代物流'],
  ['科技园区', '科技服务', '科技创新'],
  ['城市更新', '城市建设', '城市更新'],
  ['基础设施', '基础设施', '交通路网'],
  ['文旅康养', '文旅康养', '文化旅游'],
  ['乡村振兴', '现代农业', '乡村产业'],
].map(([name, industry, chain], i) => ({
  name: `${name}专班`,
  industry: industry!,
  chain: chain!,
  leader: `示范区管委会副主任${'甲乙丙丁戊己庚辛壬癸子丑'[i]}（示例）`,
}));

const MEMBERS = '示范区经济发展局、自然资源分局、生态环境分局、住建局、供电公司（示例）';
const LEVELS = ['provincial', 'city', 'city', 'county', 'county', 'county'] as const;

/**
 * 291 projects spread over the task forces: about a fifth signed and waiting to start, the
 * rest started this year or before; those being built report monthly investment this year.
 */
export function taskForceProjects(today: IsoDate): DemoProject[] {
  const year = Number(today.slice(0, 4));
  const dueMonths = Math.max(0, Number(today.slice(5, 7)) - 1);
  return Array.from({ length: TASK_FORCE_PROJECTS }, (_, i) => {
    const tf = TASK_FORCES[i % TASK_FORCES.length]!;
    const n = String(i + 1).padStart(3, '0');
    const waiting = i % 5 === 0;
    const producing = !waiting && i % 7 === 0;
    const startMonth = 1 + (i % Math.max(1, Math.min(dueMonths, 6)));
    const thisYear = `${year}-${String(startMonth).padStart(2, '0')}-10`;
    const startedOn = waiting
      ? null
      : producing
        ? `${year - 1}-0${1 + (i % 9)}-15`
        : thisYear <= today
          ? thisYear
          : `${year - 1}-12-10`;
    const building = !waiting && !producing;
    return {
      key: `tf${i + 1}`,
      unitCode: '410871',
      name: `示范区${tf.name.replace('专班', '')}重点项目${n}（合成）`,
      owner: `焦作示范区${tf.chain}示例有限公司`,
      industry: tf.industry,
      chain: tf.chain,
      level: LEVELS[i % LEVELS.length]!,
      totalInvestment: 3000 + ((i * 7919) % 120) * 500,
      annualPlan: building ? 1000 + (i % 9) * 500 : 0,
      signedOn: `${producing ? year - 2 : year - 1}-${String(1 + (i % 11)).padStart(2, '0')}-20`,
      startedOn,
      producingOn: producing ? `${year - 1}-11-${String(10 + (i % 15)).padStart(2, '0')}` : null,
      performingOn: null,
      completedOn: null,
      taskForceLeader: tf.leader,
      taskForceMembers: `${tf.name}：${MEMBERS}`,
      reportMonths: building ? Math.max(0, dueMonths - (i % 23 === 0 ? 1 : 0)) : null,
      pace: 0.85 + ((i * 37) % 50) / 100,
      fullBy: 12,
    };
  });
}
