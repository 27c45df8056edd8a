// Labels of the yearly figures (forms, import headers, history), in one place.
export const FIGURE_LABELS = {
  revenue: '营业收入（万元）',
  mainRevenue: '主营业务收入（万元）',
  rdExpense: '研发费用（万元）',
  rdExpenseDomestic: '境内研发费用（万元）',
  employees: '职工人数',
  rdStaff: '研发人员',
  stStaff: '科技人员',
  debtRatio: '资产负债率（%）',
  ipClassIHighValue: 'Ⅰ类高价值知识产权',
  ipClassISelf: '自主研发Ⅰ类知识产权',
  ipClassI: 'Ⅰ类知识产权',
  ipClassII: 'Ⅱ类知识产权',
  ipMainProductClassI: '主导产品Ⅰ类知识产权',
  equityFinancing: '新增股权融资（万元）',
  yearsInNiche: '从事细分市场年限',
  marketShare: '细分市场占有率（%）',
  highTechIncomeShare: '高新技术产品收入占比（%）',
  htInnovationScore: '高企创新能力得分',
} as const;
export type FigureKey = keyof typeof FIGURE_LABELS;
export const FIGURE_KEYS = Object.keys(FIGURE_LABELS) as FigureKey[];
