// Demo matters drawn from the seed pages: the key work of seed 001 (市委经济工作会议 2022:
// 新建5G基站2000个, 新增规上企业450家, 完成800亿元招商引资 …), the 示范区's tasks of seed 002
// and the reform list of seed 000. Dates are relative to the day the demo is created, so the
// lights are live: `ago` is how many days before that day the matter was assigned.

export type Stage =
  'draft' | 'assigned' | 'signed' | 'reported' | 'closeout' | 'reviewed' | 'closed' | 'closed_late';

export interface DemoMatter {
  list: 'key' | 'reform' | 'livelihood' | null;
  title: string;
  content: string;
  source: 'key_work' | 'leader_instruction' | 'meeting_decision' | 'livelihood' | 'reform';
  unit: string;
  coops?: string[];
  leader: string;
  complex?: boolean;
  ago: number;
  stage: Stage;
  /** Days after assignment of the first report (late feedback when above 3). */
  reportAfter?: number;
  report?: string;
  rating?: '优秀' | '良好' | '合格' | '不合格';
  extension?: 'pending' | 'granted';
  reminded?: boolean;
  notice?: boolean;
}

export const DEMO_LISTS = {
  key: {
    title: '重点工作任务清单（市委十二届二次全会暨市委经济工作会议）',
    source: 'key_work' as const,
    description: '据市委经济工作会议讲话要览分解：严格落实“13710”工作制度，一抓到底、务求实效。',
  },
  reform: {
    title: '改革任务清单（问题清单→改革清单→任务清单）',
    source: 'reform' as const,
    description:
      '坚持问题导向，把“问题清单”转化为“改革清单”“任务清单”，科学制定改革任务书、施工图、时间表。',
  },
  livelihood: {
    title: '示范区重点民生实事清单',
    source: 'livelihood' as const,
    description: '办好十件民生实事。',
  },
};

const WEN = '410825';
const WUZHI = '410823';
const MENG = '410883';
const SFQ = '410871';
const FGW = 'JZ-FGW';
const GXJ = 'JZ-GXJ';
const KJJ = 'JZ-KJJ';
const SWJ = 'JZ-SWJ';
const ZJJ = 'JZ-ZJJ';

export const DEMO_MATTERS: DemoMatter[] = [
  // 温县: one red (overdue), one yellow, one green, one just assigned, one cooperating.
  {
    list: 'key',
    title: '打造美丽乡村示范村、样板村',
    content:
      '大力推进以“治理六乱、开展六清”为主要内容的农村人居环境集中整治行动，重点抓好改厕、污水和垃圾处理，注重乡村风貌管控，打造美丽乡村示范村、样板村。',
    source: 'key_work',
    unit: WEN,
    leader: '王市长',
    ago: 12,
    stage: 'reported',
    reportAfter: 2,
    report: '已完成12个村人居环境整治摸底，改厕任务完成60%。',
    reminded: true,
  },
  {
    list: 'key',
    title: '培育市级、省级农业产业化龙头企业',
    content:
      '持续推进农业产业强镇、现代农业产业园及怀药优势特色产业集群项目建设，培育市级、省级农业产业化龙头企业15家以上。',
    source: 'key_work',
    unit: WEN,
    coops: [FGW],
    leader: '王市长',
    complex: true,
    ago: 20,
    stage: 'reported',
    reportAfter: 3,
    report: '已筛选怀药、种业企业8家进入培育库，正在对接申报材料。',
  },
  {
    list: 'key',
    title: '年底前实现集体经济收入5万元以上的村达到45%',
    content: '积极推进承包地“三权分置”，发展土地流转、土地托管等多种形式的适度规模经营。',
    source: 'key_work',
    unit: WEN,
    leader: '王市长',
    ago: 1,
    stage: 'signed',
  },
  {
    list: null,
    title: '支持陈家沟创建国家AAAAA级旅游景区',
    content:
      '充分发挥太极拳人类非遗品牌优势，紧盯全产业链策划打造太极拳产业，加大太极拳普及推广力度。',
    source: 'leader_instruction',
    unit: WEN,
    leader: '王市长',
    complex: true,
    ago: 0,
    stage: 'assigned',
  },
  {
    list: 'key',
    title: '谋划实施50亿元以上工业项目不少于1个',
    content:
      '各县（市、区）谋划实施50亿元以上工业项目不少于1个、与国企、500强企业合作项目不少于1个，并提前布局不少于1个未来产业。',
    source: 'key_work',
    unit: WEN,
    leader: '王市长',
    complex: true,
    ago: 70,
    stage: 'closed',
    reportAfter: 2,
    report: '已签约新材料产业园项目，总投资52亿元。',
    rating: '优秀',
  },
  // City departments: the figures of seed 001.
  {
    list: 'key',
    title: '新建5G基站2000个',
    content:
      '支持运营商共建共享共用新模式开展5G基站建设，全年新建5G基站2000个、总数达5000个，实现乡镇以上区域5G网络连续覆盖。',
    source: 'key_work',
    unit: GXJ,
    coops: [WEN, WUZHI, MENG],
    leader: '王市长',
    complex: true,
    ago: 15,
    stage: 'reported',
    reportAfter: 3,
    report: '已开通5G基站1120个，完成年度任务56%。',
  },
  {
    list: 'key',
    title: '新增规上企业450家',
    content:
      '面向全市所有企业建立“个转企、小升规、规转股、股上市”分级培育机制，完善“两库一表”推进模式，新增规上企业450家。',
    source: 'key_work',
    unit: GXJ,
    coops: ['JZ-TJJ'],
    leader: '王市长',
    complex: true,
    ago: 40,
    stage: 'reported',
    reportAfter: 5,
    report: '新增入库规上企业212家。',
    extension: 'granted',
  },
  {
    list: 'key',
    title: '完成800亿元招商引资任务',
    content: '全年完成800亿元招商引资任务，进入全省“第一方阵”。',
    source: 'key_work',
    unit: SWJ,
    leader: '王市长',
    complex: true,
    ago: 45,
    stage: 'reported',
    reportAfter: 2,
    report: '累计签约项目86个，到位资金412亿元。',
    notice: true,
    reminded: true,
  },
  {
    list: 'key',
    title: '新增国家高新技术企业50家',
    content: '新增国家科技型中小企业60家、高新技术企业50家。',
    source: 'key_work',
    unit: KJJ,
    leader: '王市长',
    complex: true,
    ago: 25,
    stage: 'closeout',
    reportAfter: 2,
    report: '已认定高新技术企业53家，超额完成任务。',
  },
  {
    list: 'key',
    title: '新建各类省级创新平台20个以上',
    content:
      '积极争创产业研究院和中试基地，全年新建1家科技产业综合体、至少争创1家省级产业研究院，新建各类省级创新平台20个以上。',
    source: 'key_work',
    unit: KJJ,
    leader: '王市长',
    complex: true,
    ago: 33,
    stage: 'reviewed',
    reportAfter: 1,
    report: '已获批省级创新平台22个。',
  },
  {
    list: 'key',
    title: '签订产学研合作项目50个以上',
    content:
      '常态化推进院（校）地合作，全年开展对接活动40次以上，签订产学研合作项目50个以上，落地科技合作项目20个以上。',
    source: 'key_work',
    unit: KJJ,
    leader: '王市长',
    ago: 60,
    stage: 'closed',
    reportAfter: 2,
    report: '签订产学研合作项目56个。',
    rating: '良好',
  },
  {
    list: 'key',
    title: '推动260个以上重大项目建设',
    content:
      '以“三个一批”、省市重点项目为发力点，推动260个以上重大项目建设，力争年度计划投资700亿元以上。',
    source: 'key_work',
    unit: FGW,
    leader: '王市长',
    complex: true,
    ago: 50,
    stage: 'closed_late',
    reportAfter: 4,
    report: '纳入调度重大项目268个，完成投资712亿元。',
    rating: '合格',
  },
  {
    list: 'key',
    title: '打造10个智能工厂（车间）',
    content:
      '实施“企业上云上平台”提升行动，力争全年培育2-3个新一代信息技术融合应用新模式项目、打造10个智能工厂（车间）。',
    source: 'key_work',
    unit: GXJ,
    leader: '王市长',
    complex: true,
    ago: 2,
    stage: 'signed',
  },
  {
    list: 'key',
    title: '建成城市智慧水环境（防汛）平台',
    content:
      '统筹城乡河道治理、老城区道路和排水管网改造，建成城市智慧水环境（防汛）平台，实现城区河道及城市易涝点安全监测全覆盖。',
    source: 'key_work',
    unit: ZJJ,
    leader: '王市长',
    complex: true,
    ago: 0,
    stage: 'draft',
  },
  {
    list: 'key',
    title: '培育市级、省级农业产业化龙头企业（武陟县）',
    content: '培育市级、省级农业产业化龙头企业，打造“一县一业”“一镇一特”“一村一品”。',
    source: 'key_work',
    unit: WUZHI,
    leader: '王市长',
    ago: 9,
    stage: 'reported',
    reportAfter: 4,
    report: '已培育龙头企业3家。',
  },
  {
    list: 'key',
    title: '中原内配氢燃料电堆核心零部件产业园建设',
    content:
      '以建设全国燃料电池汽车应用示范城市群为牵引，加快中原内配氢燃料电堆核心零部件产业园等项目建设。',
    source: 'key_work',
    unit: MENG,
    coops: [GXJ],
    leader: '王市长',
    complex: true,
    ago: 18,
    stage: 'reported',
    reportAfter: 2,
    report: '产业园一期主体完工。',
    extension: 'pending',
  },
  // 示范区 (seed 002) and the reform list (seed 000).
  {
    list: 'reform',
    title: '完成开发区整合，全面推行“三化三制”“管委会+公司”改革',
    content: '深化重点领域改革，深化开发区改革，完成开发区整合。',
    source: 'reform',
    unit: SFQ,
    leader: '王市长',
    complex: true,
    ago: 28,
    stage: 'reported',
    reportAfter: 3,
    report: '整合方案已报市委深改委审议。',
  },
  {
    list: 'reform',
    title: '建设工程全流程审批时间不超过60天',
    content:
      '全面推行“一件事一次办”“有诉即办”，实行行政许可事项清单管理，实现建设工程全流程审批时间不超过60天。',
    source: 'reform',
    unit: SFQ,
    coops: [ZJJ],
    leader: '王市长',
    ago: 75,
    stage: 'closed',
    reportAfter: 3,
    report: '全流程审批压缩至52天。',
    rating: '优秀',
  },
  {
    list: 'reform',
    title: '健全“微成长、小升规、高变强”企业梯度培育机制',
    content: '重点推动高新技术企业发展壮大、“专精特新”企业增量提质、“瞪羚”企业有效培育。',
    source: 'reform',
    unit: GXJ,
    leader: '王市长',
    complex: true,
    ago: 64,
    stage: 'closed_late',
    reportAfter: 6,
    report: '梯度培育办法已印发。',
    rating: '合格',
  },
  {
    list: 'livelihood',
    title: '强力推进总投资7.03亿元的45个灾后重建项目',
    content: '积极争取上级资金，强力推进总投资7.03亿元的45个灾后重建项目，建设安全可靠的韧性城市。',
    source: 'livelihood',
    unit: SFQ,
    leader: '王市长',
    complex: true,
    ago: 36,
    stage: 'reported',
    reportAfter: 2,
    report: '已开工41个，完工29个。',
  },
  {
    list: 'livelihood',
    title: '强力推进总投资4.9亿元的22个城市基础设施项目',
    content: '推动民主路南延及跨大沙河桥、神州路西延、山阳河连通等重点工程按既定节点建成达效。',
    source: 'livelihood',
    unit: SFQ,
    leader: '王市长',
    complex: true,
    ago: 8,
    stage: 'signed',
  },
  {
    list: null,
    title: '关于全力化解信访积案的会议议定事项',
    content: '坚持控新治旧，集中力量做好信访工作，全力化解信访积案，努力实现“五个不发生”的目标。',
    source: 'meeting_decision',
    unit: WUZHI,
    leader: '王市长',
    ago: 6,
    stage: 'reported',
    reportAfter: 1,
    report: '已梳理积案14件，化解6件。',
  },
];

/** Extra liaison accounts for the departments that lead demo matters. */
export const DEMO_DEPARTMENT_LIAISONS = [
  { username: 'gxj', displayName: '市工信局联络员', unitCode: GXJ },
  { username: 'kjj', displayName: '市科技局联络员', unitCode: KJJ },
  { username: 'swj', displayName: '市商务局联络员', unitCode: SWJ },
  { username: 'zjj', displayName: '市住建局联络员', unitCode: ZJJ },
];
