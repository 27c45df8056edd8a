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
import { lazy, type ReactNode } from 'react';
import type { Role } from '../core/enums';
import type { MessageKey } from './messages';
import { HomePage } from './modules/home/HomePage';

// Pages load on first visit, so the sign-in page does not wait for charts and tables.
const UnitsPage = lazy(() =>
  import('./modules/units/UnitsPage').then((m) => ({ default: m.UnitsPage })),
);
const PeoplePage = lazy(() =>
  import('./modules/people/PeoplePage').then((m) => ({ default: m.PeoplePage })),
);
const CockpitPage = lazy(() =>
  import('./modules/cockpit/CockpitPage').then((m) => ({ default: m.CockpitPage })),
);
const EvaluationsRoutes = lazy(() => import('./modules/evaluations/EvaluationsRoutes'));
const TargetsRoutes = lazy(() => import('./modules/targets/TargetsRoutes'));
const MattersRoutes = lazy(() => import('./modules/matters/MattersRoutes'));
const IntakeRoutes = lazy(() => import('./modules/intake/IntakeRoutes'));
const ProjectsRoutes = lazy(() => import('./modules/projects/ProjectsRoutes'));
const EnterprisesRoutes = lazy(() => import('./modules/enterprises/EnterprisesRoutes'));
const CalendarPage = lazy(() =>
  import('./modules/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })),
);
const AuditPage = lazy(() =>
  import('./modules/audit/AuditPage').then((m) => ({ default: m.AuditPage })),
);
const SecuritySettingsPage = lazy(() =>
  import('./modules/settings/SecuritySettingsPage').then((m) => ({
    default: m.SecuritySettingsPage,
  })),
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
