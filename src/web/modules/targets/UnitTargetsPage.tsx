import { Card, Table } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { get, qs } from '../../api';
import { StatusCell } from './StatusCell';
import type { UnitTargets } from './types';

/** All of one unit's targets for a year, judged for the period. */
export function UnitTargetsPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const year = Number(params.get('year') ?? new Date().getFullYear());
  const period = params.get('period') ?? undefined;
  const [data, setData] = useState<UnitTargets | null>(null);
  useEffect(() => {
    get<UnitTargets>(`/api/units/${id}/targets${qs({ year, period })}`).then(setData);
  }, [id, year, period]);
  if (!data) return null;
  return (
    <Card
      title={`${data.unit.name} ${data.year}年目标（绿 ${data.counts.green} / 黄 ${data.counts.yellow} / 红 ${data.counts.red}）`}
    >
      <Table
        rowKey={(r) => r.target.id}
        size="small"
        pagination={false}
        dataSource={data.rows}
        columns={[
          { title: '计划', render: (_, r) => `${r.plan.unit.name} ${r.plan.title}` },
          { title: '指标', render: (_, r) => r.target.indicator.name },
          {
            title: '目标',
            render: (_, r) => (
              <Link to={`/targets/t/${r.target.id}?period=${data.period}`}>{r.target.wording}</Link>
            ),
          },
          { title: '解读', render: (_, r) => r.target.meaning },
          {
            title: '完成情况',
            render: (_, r) => (
              <StatusCell status={r.status} unit={r.target.indicator.measureUnit} />
            ),
          },
        ]}
      />
    </Card>
  );
}
