import { Tabs } from 'antd';
import { Route, Routes, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../auth';
import { BoardPage } from './BoardPage';
import { ListsPage } from './ListsPage';
import { MatterDetailPage } from './MatterDetailPage';
import { MatterListPage } from './MatterListPage';
import { MyMattersPage } from './MyMattersPage';
import { StatsPage } from './StatsPage';

/** 督查督办: a liaison lands on their own matters, a supervisor or leader on the board. */
function MattersHome() {
  const { hasRole } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const isLiaison = hasRole('liaison');
  const tabs = [
    ...(isLiaison ? [{ key: 'mine', label: '本单位事项', children: <MyMattersPage /> }] : []),
    { key: 'board', label: '督办看板', children: <BoardPage /> },
    { key: 'stats', label: '统计与清零', children: <StatsPage /> },
    ...(hasRole('supervisor')
      ? [{ key: 'lists', label: '清单与立项', children: <ListsPage /> }]
      : []),
  ];
  return (
    <Tabs
      activeKey={params.get('tab') ?? tabs[0]!.key}
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
      <Route path="list" element={<MatterListPage />} />
    </Routes>
  );
}
