import { Tabs } from 'antd';
import { Route, Routes, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../auth';
import { tabOf } from '../../components/tabs';
import { DashboardPage } from './DashboardPage';
import { InvestmentBatchPage } from './InvestmentBatchPage';
import { useProjectT } from './messages';
import { ProjectDetailPage } from './ProjectDetailPage';
import { ProjectListPage } from './ProjectListPage';

/** 重点项目: the programme dashboard, the project list behind every number, the monthly form. */
function ProjectsHome() {
  const t = useProjectT();
  const { hasRole } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const tabs = [
    { key: 'dashboard', label: t('dashboard'), children: <DashboardPage /> },
    { key: 'list', label: t('projectList'), children: <ProjectListPage /> },
    ...(hasRole('supervisor', 'liaison')
      ? [{ key: 'investment', label: t('investmentForm'), children: <InvestmentBatchPage /> }]
      : []),
  ];
  // A link with filters but no tab (/projects?programme=..&list=..) opens the list.
  const tab = tabOf(
    tabs,
    params.get('tab') ?? (params.get('programme') || params.get('list') ? 'list' : 'dashboard'),
  );
  return (
    <Tabs
      activeKey={tab}
      onChange={(k) => navigate(`/projects?tab=${k}`)}
      items={tabs}
      destroyOnHidden
    />
  );
}

export default function ProjectsRoutes() {
  return (
    <Routes>
      <Route index element={<ProjectsHome />} />
      <Route path="p/:id" element={<ProjectDetailPage />} />
    </Routes>
  );
}
