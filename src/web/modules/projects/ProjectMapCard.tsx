import { Card, List, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { JiaozuoMap } from '../cockpit/JiaozuoMap';
import { useProjectT } from './messages';
import type { DashboardT } from './types';

/**
 * The programme's projects by county on the map of Jiaozuo (the 示范区 a marker); a click on a
 * county opens its projects. When the map cannot load, the same figures as a plain list.
 */
export function ProjectMapCard({
  data,
  link,
}: {
  data: DashboardT;
  link: (unitId: string) => string;
}) {
  const t = useProjectT();
  const navigate = useNavigate();
  // Units outside the caller's view stay grey: their 0 is "not yours to see", not "none".
  const values = data.ranking
    .filter((r) => r.visible)
    .map((r) => ({
      unitId: r.unit.id,
      code: r.code,
      name: r.unit.name,
      value: r.projects,
      display: `${r.projects}`,
    }));
  const fallback = (
    <div data-testid="project-map-fallback">
      <Typography.Text type="secondary">{t('mapFallback')}</Typography.Text>
      <List
        size="small"
        dataSource={values}
        renderItem={(v) => (
          <List.Item>
            <Link to={link(v.unitId)}>{v.name}</Link>
            <span>{v.display}</span>
          </List.Item>
        )}
      />
    </div>
  );
  return (
    <Card title={t('map')} size="small">
      <JiaozuoMap
        testId="project-map"
        values={values}
        higherBetter
        label={t('projectCount')}
        onUnitClick={(id) => navigate(link(id))}
        fallback={fallback}
      />
      <Typography.Text type="secondary">{t('mapHint')}</Typography.Text>
    </Card>
  );
}
