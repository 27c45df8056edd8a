import { Tabs } from 'antd';
import { Route, Routes, useNavigate, useSearchParams } from 'react-router';
import { tabOf } from '../../components/tabs';
import { ChainsPage } from './ChainsPage';
import { CountsPage } from './CountsPage';
import { CriteriaPage } from './CriteriaPage';
import { EnterprisePage } from './EnterprisePage';
import { EvaluationListPage } from './EvaluationListPage';
import { FiguresBatchPage } from './FiguresBatchPage';
import { LibraryPage } from './LibraryPage';
import { useT } from './messages';
import { PoolPage } from './PoolPage';

/** 企业培育: the library, the evaluation with its near-miss list, the seed pool, counts, criteria. */
function EnterprisesHome() {
  const t = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const tabs = [
    { key: 'library', label: t('library'), children: <LibraryPage /> },
    { key: 'figures', label: t('figuresBatch'), children: <FiguresBatchPage /> },
    { key: 'evaluation', label: t('evaluation'), children: <EvaluationListPage /> },
    { key: 'pool', label: t('pool'), children: <PoolPage /> },
    { key: 'counts', label: t('counts'), children: <CountsPage /> },
    { key: 'chains', label: t('chains'), children: <ChainsPage /> },
    { key: 'criteria', label: t('criteria'), children: <CriteriaPage /> },
  ];
  return (
    <Tabs
      activeKey={tabOf(tabs, params.get('tab'))}
      onChange={(k) => navigate(`/enterprises?tab=${k}`)}
      items={tabs}
      destroyOnHidden
    />
  );
}

export default function EnterprisesRoutes() {
  return (
    <Routes>
      <Route index element={<EnterprisesHome />} />
      <Route path="e/:id" element={<EnterprisePage />} />
    </Routes>
  );
}
