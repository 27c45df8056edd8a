import { Card, Col, Row, Segmented, Space, Statistic, Table } from 'antd';
import type { EChartsOption } from 'echarts';
import { useEffect, useState } from 'react';
import { get, qs } from '../../api';
import { EChart } from '../../components/EChart';
import { MatterTable } from './MatterTable';
import type { Board, Group, MatterPage } from './types';

const LIGHT_COLORS = { red: '#f5222d', yellow: '#faad14', green: '#52c41a' } as const;

/** The supervisor's board: open matters by light, by unit, list and leader, and the list itself. */
export function BoardPage() {
  const [board, setBoard] = useState<Board | null>(null);
  const [by, setBy] = useState<'byUnit' | 'byList' | 'byLeader'>('byUnit');
  const [light, setLight] = useState<string>('red');
  const [page, setPage] = useState<MatterPage | null>(null);
  const [pageNo, setPageNo] = useState(1);

  useEffect(() => {
    get<Board>('/api/matters/board').then(setBoard);
  }, []);
  useEffect(() => {
    get<MatterPage>(
      `/api/matters${qs({ status: 'open', light: light === 'all' ? undefined : light, page: pageNo, pageSize: 20 })}`,
    ).then(setPage);
  }, [light, pageNo]);
  if (!board) return null;

  const groups = board[by].filter((g) => g.open > 0);
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { data: ['红灯', '黄灯', '绿灯'] },
    grid: { left: 140, right: 24, top: 32, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: groups.map((g) => g.name) },
    series: (['red', 'yellow', 'green'] as const).map((k) => ({
      type: 'bar' as const,
      stack: 'open',
      name: { red: '红灯', yellow: '黄灯', green: '绿灯' }[k],
      itemStyle: { color: LIGHT_COLORS[k] },
      data: groups.map((g: Group) => g[k]),
    })),
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card>
        <Space size="large" wrap data-testid="board-totals">
          <Statistic title="在办事项" value={board.total.open} />
          <Statistic
            title="红灯"
            value={board.total.red}
            styles={{ content: { color: LIGHT_COLORS.red } }}
          />
          <Statistic
            title="黄灯"
            value={board.total.yellow}
            styles={{ content: { color: LIGHT_COLORS.yellow } }}
          />
          <Statistic
            title="绿灯"
            value={board.total.green}
            styles={{ content: { color: LIGHT_COLORS.green } }}
          />
          <Statistic title="超期" value={board.total.overdue} />
        </Space>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card
            title="分布"
            extra={
              <Segmented
                value={by}
                onChange={(v) => setBy(v as typeof by)}
                options={[
                  { value: 'byUnit', label: '按单位' },
                  { value: 'byList', label: '按清单' },
                  { value: 'byLeader', label: '按领导' },
                ]}
              />
            }
          >
            <EChart option={option} height={Math.max(240, groups.length * 30)} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="明细">
            <Table
              rowKey={(g) => g.id ?? g.name}
              size="small"
              pagination={false}
              dataSource={board[by]}
              columns={[
                { title: '名称', dataIndex: 'name' },
                { title: '在办', dataIndex: 'open' },
                { title: '红', dataIndex: 'red' },
                { title: '黄', dataIndex: 'yellow' },
                { title: '绿', dataIndex: 'green' },
                { title: '超期', dataIndex: 'overdue' },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card
        title="在办事项"
        extra={
          <Segmented
            value={light}
            onChange={(v) => (setLight(String(v)), setPageNo(1))}
            options={[
              { value: 'red', label: '红灯' },
              { value: 'yellow', label: '黄灯' },
              { value: 'green', label: '绿灯' },
              { value: 'all', label: '全部' },
            ]}
          />
        }
      >
        <MatterTable
          items={page?.items ?? []}
          pagination={{
            current: pageNo,
            pageSize: 20,
            total: page?.total ?? 0,
            onChange: setPageNo,
            showSizeChanger: false,
          }}
        />
      </Card>
    </Space>
  );
}
