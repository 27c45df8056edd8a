import { defineMessages } from '../../i18n';

export const useHomeT = defineMessages({
  zh: {
    open: '在办',
    cooperating: '其中配合',
    red: '红灯',
    yellow: '黄灯',
    green: '绿灯',
    overdue: '超期',
    notReported: '未报送',
    undecided: '未判定',
    planTitle: '{year}年 {title}（{period}）',
    noPlan: '暂无目标计划',
  },
  en: {
    open: 'Open',
    cooperating: 'of which cooperating',
    red: 'Red',
    yellow: 'Yellow',
    green: 'Green',
    overdue: 'Overdue',
    notReported: 'Not reported',
    undecided: 'Not judged',
    planTitle: '{year} {title} ({period})',
    noPlan: 'No target plans yet',
  },
});
