import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Space, Table, Tag } from 'antd';
import type { EChartsOption } from 'echarts';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { get, qs } from '../../api';
import { EChart } from '../../components/EChart';
import { dateZh } from './MatterTable';
import type { BacklogRow, Stats, StatRow } from './types';

/** The monthly statistics that go into a circular, and each unit's count down to zero. */
export function StatsPage() {
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [stats, setStats] = useState<Stats | null>(null);
  const [backlog, setBacklog] = useState<BacklogRow[]>([]);
  useEffect(() => {
    get<Stats>(`/api/matters/stats${qs({ month })}`).then(setStats);
  }, [month]);
  useEffect(() => {
    get<{ items: BacklogRow[] }>('/api/matters/backlog').then((r) => setBacklog(r.items));
  }, []);

  const rows = stats ? [...stats.rows, { ...stats.total, unitName: '合计' }] : [];
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { data: ['交办', '办结', '超期未办结'] },
    grid: { left: 48, right: 24, top: 40, bottom: 64 },
    xAxis: {
      type: 'category',
      data: stats?.rows.map((r) => r.unitName) ?? [],
      axisLabel: { rotate: 30 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: '交办', data: stats?.rows.map((r) => r.assigned) ?? [] },
      { type: 'bar', name: '办结', data: stats?.rows.map((r) => r.closed) ?? [] },
      {
        type: 'bar',
        name: '超期未办结',
        itemStyle: { color: '#f5222d' },
        data: stats?.rows.map((r) => r.overdueOpen) ?? [],
      },
    ],
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={`月度统计（截至 ${stats ? dateZh(stats.asOf) : ''}）`}
        extra={
          <Space>
            <DatePicker
              picker="month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            />
            <Button icon={<DownloadOutlined />} href={`/api/matters/stats.xlsx${qs({ month })}`}>
              导出 Excel
            </Button>
          </Space>
        }
      >
        <Table<StatRow>
          rowKey={(r) => r.unitId ?? r.unitName}
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="stats-table"
          columns={[
            { title: '单位', dataIndex: 'unitName' },
            { title: '交办', dataIndex: 'assigned' },
            { title: '办结', dataIndex: 'closed' },
            { title: '按期办结', dataIndex: 'closedOnTime' },
            { title: '按期办结率', dataIndex: 'onTimeRate' },
            { title: '超期未办结', dataIndex: 'overdueOpen' },
            { title: '反馈及时率', dataIndex: 'feedbackRate' },
            { title: '月末在办', dataIndex: 'backlog' },
          ]}
        />
        <EChart option={option} height={320} />
      </Card>
      <Card title="销号清零（13710 之“0”）">
        <Table<BacklogRow>
          rowKey="unitId"
          size="small"
          pagination={false}
          dataSource={backlog}
          columns={[
            { title: '单位', dataIndex: 'unitName' },
            { title: '在办', dataIndex: 'open' },
            { title: '超期', dataIndex: 'overdue' },
            { title: '本月办结', dataIndex: 'closedThisMonth' },
            { title: '距清零', dataIndex: 'toZero' },
            {
              title: '超期清零',
              render: (_, r) =>
                r.clearedToZero ? <Tag color="green">已清零</Tag> : <Tag color="red">未清零</Tag>,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
