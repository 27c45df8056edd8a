import { defineMessages } from '../../i18n';

export const useCockpitT = defineMessages({
  zh: {
    title: '领导驾驶舱',
    scope: '范围',
    asOf: '截至',
    backToAll: '返回全部',
    mapFigure: '地图着色',
    byUnit: '分单位',
    unit: '单位',
    value: '数值',
    noData: '暂无数据',
    clickHint: '点击县（市）区查看该单位；示范区以标记表示',
    loadTime: '本页数据用时 {ms} 毫秒',
  },
  en: {
    title: 'Leaders’ cockpit',
    scope: 'Scope',
    asOf: 'As of',
    backToAll: 'Back to all',
    mapFigure: 'Map colour',
    byUnit: 'By unit',
    unit: 'Unit',
    value: 'Value',
    noData: 'No data',
    clickHint: 'Click a county or district to open it; the demonstration zone is a marker',
    loadTime: 'Data loaded in {ms} ms',
  },
});
