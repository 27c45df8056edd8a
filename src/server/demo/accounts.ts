import type { Role } from '../../core/enums';

/** Demo mode only: every demo account signs in with this password (the README says so). */
export const DEMO_PASSWORD = 'Luoshi@2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  /** Home unit code. */
  unitCode: string;
  roles: { role: Role; unitCode: string }[];
}

const CITY = '410800';
export const DEPT_DUCHA = 'JZ-DCS';

export const DEMO_DEPARTMENTS = [
  { code: DEPT_DUCHA, name: '市委督查室' },
  { code: 'JZ-FGW', name: '市发展和改革委员会' },
  { code: 'JZ-GXJ', name: '市工业和信息化局' },
  { code: 'JZ-KJJ', name: '市科学技术局' },
  { code: 'JZ-TJJ', name: '市统计局' },
  { code: 'JZ-CZJ', name: '市财政局' },
  { code: 'JZ-SWJ', name: '市商务局' },
  { code: 'JZ-ZJJ', name: '市住房和城乡建设局' },
  { code: 'JZ-RSJ', name: '市人力资源和社会保障局' },
  { code: 'JZ-STJ', name: '市生态环境局' },
];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'sysadmin',
    displayName: '系统管理员',
    unitCode: CITY,
    roles: [{ role: 'system_admin', unitCode: CITY }],
  },
  {
    username: 'secadmin',
    displayName: '安全管理员',
    unitCode: CITY,
    roles: [{ role: 'security_admin', unitCode: CITY }],
  },
  {
    username: 'auditadmin',
    displayName: '审计管理员',
    unitCode: CITY,
    roles: [{ role: 'audit_admin', unitCode: CITY }],
  },
  {
    username: 'duchashi',
    displayName: '张督查',
    unitCode: DEPT_DUCHA,
    roles: [{ role: 'supervisor', unitCode: CITY }],
  },
  {
    username: 'leader',
    displayName: '王市长',
    unitCode: CITY,
    roles: [{ role: 'leader', unitCode: CITY }],
  },
  {
    username: 'viewer',
    displayName: '赵查看',
    unitCode: CITY,
    roles: [{ role: 'viewer', unitCode: CITY }],
  },
  {
    username: 'wenxian',
    displayName: '温县联络员',
    unitCode: '410825',
    roles: [{ role: 'liaison', unitCode: '410825' }],
  },
  {
    username: 'wuzhi',
    displayName: '武陟县联络员',
    unitCode: '410823',
    roles: [{ role: 'liaison', unitCode: '410823' }],
  },
  {
    username: 'mengzhou',
    displayName: '孟州市联络员',
    unitCode: '410883',
    roles: [{ role: 'liaison', unitCode: '410883' }],
  },
  {
    username: 'shifanqu',
    displayName: '示范区联络员',
    unitCode: '410871',
    roles: [{ role: 'liaison', unitCode: '410871' }],
  },
  {
    username: 'fgw',
    displayName: '市发改委联络员',
    unitCode: 'JZ-FGW',
    roles: [{ role: 'liaison', unitCode: 'JZ-FGW' }],
  },
];
