import { defineMessages } from '../../i18n';

export const useAuthT = defineMessages({
  zh: {
    demoTitle: '演示账号（仅演示模式）',
    demoHint: '点击账号填入，密码均为 {password}',
    supervisor: '督查室',
    leader: '领导',
    viewer: '查看',
    liaison: '联络员',
    admin: '管理员',
  },
  en: {
    demoTitle: 'Demo accounts (demo mode only)',
    demoHint: 'Click an account to fill it in; every password is {password}',
    supervisor: 'Supervisor',
    leader: 'Leader',
    viewer: 'Viewer',
    liaison: 'Liaison',
    admin: 'Administrator',
  },
});
