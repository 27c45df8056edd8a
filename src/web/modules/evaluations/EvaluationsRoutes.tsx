import { Card, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Route, Routes } from 'react-router';
import { get } from '../../api';
import { BreakdownPage } from './BreakdownPage';
import { useEvalT } from './messages';
import { useMoreT } from './more-messages';
import { SchemePage } from './SchemePage';
import type { SchemeSummary } from './types';

function SchemeListPage() {
  const t = useEvalT();
  const more = useMoreT();
  const [items, setItems] = useState<SchemeSummary[] | null>(null);
  useEffect(() => {
    get<{ items: SchemeSummary[] }>('/api/evaluations/schemes').then((r) => setItems(r.items));
  }, []);
  return (
    <Card title={t('schemes')}>
      <Table
        rowKey="id"
        size="small"
        loading={!items}
        dataSource={items ?? []}
        pagination={false}
        columns={[
          {
            title: t('name'),
            render: (_, s) => (
              <Link to={`/evaluations/s/${s.id}`} data-testid={`scheme-${s.code}`}>
                {s.name}
              </Link>
            ),
          },
          { title: t('source'), dataIndex: 'source' },
          { title: t('organiser'), render: (_, s) => s.organiser.name },
          { title: t('version'), render: (_, s) => more('version', { n: s.latestVersion }) },
          {
            // The results table lists one row per unit.
            title: t('units'),
            render: (_, s) => (
              <>
                <Link to={`/evaluations/s/${s.id}`} data-testid={`scheme-${s.code}-units`}>
                  {s.shownUnitCount}
                </Link>
                {/* A county sees its own rows of the results: "1 / 11". */}
                {s.shownUnitCount !== s.unitCount && ` / ${s.unitCount}`}
              </>
            ),
          },
          {
            // The indicator tree marks each of them 待补充.
            title: t('placeholders'),
            render: (_, s) =>
              s.placeholderCount > 0 ? (
                <Link to={`/evaluations/s/${s.id}?tab=tree`}>
                  <Tag color="orange">{s.placeholderCount}</Tag>
                </Link>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}

export default function EvaluationsRoutes() {
  return (
    <Routes>
      <Route index element={<SchemeListPage />} />
      <Route path="s/:id" element={<SchemePage />} />
      <Route path="s/:id/unit/:unitId" element={<BreakdownPage />} />
    </Routes>
  );
}
