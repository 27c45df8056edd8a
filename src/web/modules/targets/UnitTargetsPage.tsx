import { Card, Table } from 'antd';
import { withUserText } from '../../i18n';
import { Link, useParams, useSearchParams } from 'react-router';
import { get, qs } from '../../api';
import { Loadable, useLoad } from '../../components/Loadable';
import { useTargetsT } from './messages';
import { StatusCell } from './StatusCell';
import type { UnitTargets } from './types';

/** All of one unit's targets for a year, judged for the period. */
export function UnitTargetsPage() {
  const t = useTargetsT();
  const { id } = useParams();
  const [params] = useSearchParams();
  const year = Number(params.get('year') ?? new Date().getFullYear());
  const period = params.get('period') ?? undefined;
  const state = useLoad(
    () => get<UnitTargets>(`/api/units/${id}/targets${qs({ year, period })}`),
    [id, year, period],
  );
  return (
    <Loadable state={state}>
      {(data) => (
        <Card
          title={
            <>
              {withUserText(t('unitTitle', { year: data.year }), { unit: data.unit.name })}（
              {t('unitCounts', data.counts)}）
            </>
          }
        >
          <Table
            rowKey={(r) => r.target.id}
            size="small"
            pagination={false}
            dataSource={data.rows}
            columns={[
              { title: t('plan'), render: (_, r) => `${r.plan.unit.name} ${r.plan.title}` },
              { title: t('indicator'), render: (_, r) => r.target.indicator.name },
              {
                title: t('target'),
                render: (_, r) => (
                  <Link to={`/targets/t/${r.target.id}?period=${data.period}`}>
                    {r.target.wording}
                  </Link>
                ),
              },
              { title: t('meaning'), render: (_, r) => r.target.meaning },
              {
                title: t('progress'),
                render: (_, r) => (
                  <StatusCell status={r.status} unit={r.target.indicator.measureUnit} />
                ),
              },
            ]}
          />
        </Card>
      )}
    </Loadable>
  );
}
