import { defineMessages } from '../../i18n';

/** Strings of the project pages that the first dictionary (messages.ts) did not cover. */
export const useDetailT = defineMessages({
  zh: {
    seq: '序号',
    period: '{from} 至 {to}',
    tenThousandYuan: '万元',
    time: '时间',
    actor: '操作人',
    content: '内容',
    provincial: '省重点',
    city: '市重点',
    county: '县重点',
  },
  en: {
    seq: 'No.',
    period: '{from} to {to}',
    tenThousandYuan: '10k yuan',
    time: 'Time',
    actor: 'By',
    content: 'What',
    provincial: 'Provincial key project',
    city: 'City key project',
    county: 'County key project',
  },
});
