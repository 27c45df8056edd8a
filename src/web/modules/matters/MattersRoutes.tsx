import { Tabs } from 'antd';
import { Route, Routes, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../auth';
import { tabOf } from '../../components/tabs';
import { BoardPage } from './BoardPage';
import { DeadlinesPage } from './DeadlinesPage';
import { ListsPage } from './ListsPage';
import { MatterDetailPage } from './MatterDetailPage';
import { MattersListPage } from './MattersListPage';
import { useMattersT } from './messages';
import { MyMattersPage } from './MyMattersPage';
import { StatsPage } from './StatsPage';

/** 督查督办: a liaison lands on their own matters, a supervisor or leader on the board. */
function MattersHome() {
  const { hasRole } = useAuth();
  const t = useMattersT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const isLiaison = hasRole('liaison');
  const tabs = [
    ...(isLiaison ? [{ key: 'mine', label: t('tabMine'), children: <MyMattersPage /> }] : []),
    { key: 'board', label: t('tabBoard'), children: <BoardPage /> },
    { key: 'stats', label: t('tabStats'), children: <StatsPage /> },
    ...(hasRole('supervisor')
      ? [{ key: 'lists', label: t('tabLists'), children: <ListsPage /> }]
      : []),
  ];
  return (
    <Tabs
      activeKey={tabOf(tabs, params.get('tab'))}
      onChange={(k) => navigate(`/matters?tab=${k}`)}
      items={tabs}
      destroyOnHidden
    />
  );
}

export default function MattersRoutes() {
  return (
    <Routes>
      <Route index element={<MattersHome />} />
      <Route path="m/:id" element={<MatterDetailPage />} />
      <Route path="list" element={<MattersListPage />} />
      <Route path="deadlines" element={<DeadlinesPage />} />
    </Routes>
  );
}
