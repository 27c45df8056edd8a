import {
  ApartmentOutlined,
  AimOutlined,
  AuditOutlined,
  ShopOutlined,
  CalendarOutlined,
  FileTextOutlined,
  DashboardOutlined,
  TrophyOutlined,
  FlagOutlined,
  FundProjectionScreenOutlined,
  HomeOutlined,
  SafetyOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import type { Role } from '../core/enums';
import { onDemand } from './components/onDemand';
import type { MessageKey } from './messages';
import { HomePage } from './modules/home/HomePage';

// Pages load on first visit, so the sign-in page does not wait for charts and tables.
const loading = <Spin style={{ display: 'block', marginTop: 80 }} />;
const UnitsPage = onDemand(
  () => import('./modules/units/UnitsPage').then((m) => m.UnitsPage),
  loading,
);
const PeoplePage = onDemand(
  () => import('./modules/people/PeoplePage').then((m) => m.PeoplePage),
  loading,
);
/** Preloaded at start-up on /cockpit (modules/cockpit/early.ts). */
export const CockpitPage = onDemand(
  () => import('./modules/cockpit/CockpitPage').then((m) => m.CockpitPage),
  loading,
);
const EvaluationsRoutes = onDemand(
  () => import('./modules/evaluations/EvaluationsRoutes').then((m) => m.default),
  loading,
);
const TargetsRoutes = onDemand(
  () => import('./modules/targets/TargetsRoutes').then((m) => m.default),
  loading,
);
const MattersRoutes = onDemand(
  () => import('./modules/matters/MattersRoutes').then((m) => m.default),
  loading,
);
const IntakeRoutes = onDemand(
  () => import('./modules/intake/IntakeRoutes').then((m) => m.default),
  loading,
);
const ProjectsRoutes = onDemand(
  () => import('./modules/projects/ProjectsRoutes').then((m) => m.default),
  loading,
);
const EnterprisesRoutes = onDemand(
  () => import('./modules/enterprises/EnterprisesRoutes').then((m) => m.default),
  loading,
);
const CalendarPage = onDemand(
  () => import('./modules/calendar/CalendarPage').then((m) => m.CalendarPage),
  loading,
);
const AuditPage = onDemand(
  () => import('./modules/audit/AuditPage').then((m) => m.AuditPage),
  loading,
);
const SecuritySettingsPage = onDemand(
  () => import('./modules/settings/SecuritySettingsPage').then((m) => m.SecuritySettingsPage),
  loading,
);

export interface AppRoute {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  element: ReactNode;
  /** Shown only to people holding one of these roles; everyone when absent. */
  roles?: Role[];
  /** Hidden from the menu (detail pages reached by links). */
  hidden?: boolean;
}

const BUSINESS: Role[] = ['supervisor', 'leader', 'liaison', 'viewer'];

/** Every page of the app; a module adds its pages here and they appear in the menu. */
export const APP_ROUTES: AppRoute[] = [
  { path: '/', label: 'home', icon: <HomeOutlined />, element: <HomePage /> },
  {
    path: '/cockpit',
    label: 'cockpit',
    icon: <DashboardOutlined />,
    element: <CockpitPage />,
    roles: BUSINESS,
  },
  {
    path: '/matters',
    label: 'matters',
    icon: <FlagOutlined />,
    element: <MattersRoutes />,
    roles: BUSINESS,
  },
  {
    path: '/projects',
    label: 'projects',
    icon: <FundProjectionScreenOutlined />,
    element: <ProjectsRoutes />,
    roles: BUSINESS,
  },
  {
    path: '/targets',
    label: 'targets',
    icon: <AimOutlined />,
    element: <TargetsRoutes />,
    roles: BUSINESS,
  },
  {
    path: '/intake',
    label: 'intake',
    icon: <FileTextOutlined />,
    element: <IntakeRoutes />,
    roles: ['supervisor'],
  },
  {
    path: '/enterprises',
    label: 'enterprises',
    icon: <ShopOutlined />,
    element: <EnterprisesRoutes />,
    roles: BUSINESS,
  },
  {
    path: '/evaluations',
    label: 'evaluations',
    icon: <TrophyOutlined />,
    element: <EvaluationsRoutes />,
    roles: BUSINESS,
  },
  { path: '/units', label: 'units', icon: <ApartmentOutlined />, element: <UnitsPage /> },
  {
    path: '/people',
    label: 'people',
    icon: <TeamOutlined />,
    element: <PeoplePage />,
    roles: [...BUSINESS, 'system_admin', 'security_admin'],
  },
  {
    path: '/audit',
    label: 'audit',
    icon: <AuditOutlined />,
    element: <AuditPage />,
    roles: ['audit_admin'],
  },
  {
    path: '/settings/calendar',
    label: 'calendar',
    icon: <CalendarOutlined />,
    element: <CalendarPage />,
    roles: ['system_admin'],
  },
  {
    path: '/settings/security',
    label: 'securitySettings',
    icon: <SafetyOutlined />,
    element: <SecuritySettingsPage />,
    roles: ['security_admin'],
  },
];
