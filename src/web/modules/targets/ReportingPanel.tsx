import { Card, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { formatDateZh } from '../../../core/format';
import { get, qs } from '../../api';
import { Light } from '../../components/Light';
import type { ReportingStatus } from './types';

/** Which units have reported for the period, against the reporting deadline. */
export function ReportingPanel({ planId, period }: { planId: string; period: string }) {
  const [data, setData] = useState<ReportingStatus | null>(null);
  useEffect(() => {
    get<ReportingStatus>(`/api/target-plans/${planId}/reporting${qs({ period })}`).then(setData);
  }, [planId, period]);
  if (!data) return null;
  return (
    <Card>
      <Typography.Paragraph>填报截止：{formatDateZh(data.deadline)}</Typography.Paragraph>
      <Table
        rowKey={(r) => r.unit.id}
        size="small"
        pagination={false}
        dataSource={data.units}
        data-testid="reporting-table"
        columns={[
          { title: '单位', render: (_, r) => r.unit.name },
          { title: '应报', dataIndex: 'expected' },
          { title: '已报', dataIndex: 'reported' },
          {
            title: '状态',
            render: (_, r) => (r.light ? <Light light={r.light} title={r.stateLabel} /> : null),
          },
          { title: '说明', dataIndex: 'stateLabel' },
          { title: '未报指标', render: (_, r) => r.missing.join('、') },
        ]}
      />
    </Card>
  );
}
