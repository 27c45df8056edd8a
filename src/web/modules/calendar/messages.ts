import { defineMessages } from '../../i18n';

export const useCalendarT = defineMessages({
  zh: {
    title: '节假日与调休',
    addDay: '添加一天',
    save: '保存',
    saved: '已保存，新交办事项按此计算期限',
    hint: '按国务院办公厅当年节假日安排通知录入：放假日选“休息日”，调休上班的周末选“工作日”。录入的安排优先于内置日历。',
    date: '日期',
    kind: '类型',
    name: '名称',
    restday: '休息日',
    workday: '工作日（调休）',
    namePlaceholder: '如：春节',
  },
  en: {
    title: 'Holidays and make-up days',
    addDay: 'Add a day',
    save: 'Save',
    saved: 'Saved; new matters take their deadlines from it',
    hint: 'Enter the State Council notice on the year’s holidays: days off are “Rest day”, weekend days worked in exchange are “Workday”. What you enter overrides the built-in calendar.',
    date: 'Date',
    kind: 'Kind',
    name: 'Name',
    restday: 'Rest day',
    workday: 'Workday (make-up)',
    namePlaceholder: 'e.g. Spring Festival',
  },
});
