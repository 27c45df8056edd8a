import { defineMessages } from '../../i18n';

/** Strings of the evaluation pages that the first dictionary (messages.ts) did not cover. */
export const useMoreT = defineMessages({
  zh: {
    version: '第 {n} 版',
    noGroup: '不分组',
    asOf: '（截至 {date}）',
    saved: '已保存',
    chooseIndicator: '请选择指标',
    chooseUnit: '请选择单位',
    enterValue: '请填写数值',
    reasonRequired: '请写明评分理由',
    evidencePlaceholder: '文号、检查记录、材料名称等',
  },
  en: {
    version: 'version {n}',
    noGroup: 'All units',
    asOf: ' (as of {date})',
    saved: 'Saved',
    chooseIndicator: 'Please choose the indicator',
    chooseUnit: 'Please choose the unit',
    enterValue: 'Please enter the value',
    reasonRequired: 'Please give the reason for the score',
    evidencePlaceholder: 'Document number, inspection record, name of the material…',
  },
});
