import { Card, Col, Row, Segmented, Space, Statistic, Table } from 'antd';
import type { EChartsOption } from 'echarts';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { get, qs } from '../../api';
import { EChart } from '../../components/EChart';
import { Loadable, useLoad } from '../../components/Loadable';
import { mattersLink, type MatterFilters } from './links';
import { MatterTable } from './MatterTable';
import { useMattersT } from './messages';
import type { Board, Group, MatterPage } from './types';

const LIGHT_COLORS = { red: '#f5222d', yellow: '#faad14', green: '#52c41a' } as const;
type By = 'byUnit' | 'byList' | 'byLeader';

/** The board counts matters by their lead unit: each number opens those matters. */
const OPEN = { status: 'open', involvement: 'lead' } as const;
function groupFilter(by: By, g: Group): MatterFilters {
  if (by === 'byUnit') return { ...OPEN, unitId: g.id };
  if (by === 'byList') return { ...OPEN, listId: g.id };
  return g.id ? { ...OPEN, leader: g.id } : { ...OPEN, noLeader: true };
}
const lightFilter = (f: MatterFilters, k: 'open' | 'red' | 'yellow' | 'green' | 'overdue') =>
  k === 'open'
    ? f
    : k === 'overdue'
      ? { ...f, status: undefined, overdue: true }
      : { ...f, light: k };

/** A count that opens the matters behind it. */
function CountLink({ n, to, testId }: { n: number; to: string; testId?: string }) {
  return (
    <Link to={to} data-testid={testId}>
      {n}
    </Link>
  );
}

/** The supervisor's board: open matters by light, by unit, list and leader, and the list itself. */
export function BoardPage() {
  const t = useMattersT();
  const navigate = useNavigate();
  const board = useLoad(() => get<Board>('/api/matters/board'), []);
  const [by, setBy] = useState<By>('byUnit');
  const [light, setLight] = useState<string>('red');
  const [pageNo, setPageNo] = useState(1);
  const page = useLoad(
    () =>
      get<MatterPage>(
        `/api/matters${qs({ status: 'open', light: light === 'all' ? undefined : light, page: pageNo, pageSize: 20 })}`,
      ),
    [light, pageNo],
  );

  return (
    <Loadable state={board}>
      {(b) => {
        const groups = b[by].filter((g) => g.open > 0);
        const names = { red: t('red'), yellow: t('yellow'), green: t('green') };
        const option: EChartsOption = {
          tooltip: { trigger: 'axis' },
          legend: { data: Object.values(names), top: 0 }, // ECharts 6 puts it below by default
          grid: { left: 140, right: 24, top: 32, bottom: 24 },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: { type: 'category', inverse: true, data: groups.map((g) => g.name) },
          series: (['red', 'yellow', 'green'] as const).map((k) => ({
            type: 'bar' as const,
            stack: 'open',
            name: names[k],
            itemStyle: { color: LIGHT_COLORS[k] },
            data: groups.map((g: Group) => g[k]),
          })),
        };
        // A bar opens the matters of that group and light.
        const onChartClick = (e: { dataIndex: number; seriesIndex?: number }) => {
          const g = groups[e.dataIndex];
          const k = (['red', 'yellow', 'green'] as const)[e.seriesIndex ?? 0];
          if (g && k) navigate(mattersLink(lightFilter(groupFilter(by, g), k)));
        };
        const totals = [
          { k: 'open', title: t('openMatters') },
          { k: 'red', title: t('red'), color: LIGHT_COLORS.red },
          { k: 'yellow', title: t('yellow'), color: LIGHT_COLORS.yellow },
          { k: 'green', title: t('green'), color: LIGHT_COLORS.green },
          { k: 'overdue', title: t('overdue') },
        ] as const;
        const cell = (k: 'open' | 'red' | 'yellow' | 'green' | 'overdue') => ({
          title: {
            open: t('open'),
            red: t('redShort'),
            yellow: t('yellowShort'),
            green: t('greenShort'),
            overdue: t('overdue'),
          }[k],
          render: (_: unknown, g: Group) => (
            <CountLink
              n={g[k]}
              to={mattersLink(lightFilter(groupFilter(by, g), k))}
              testId={`board-${by}-${g.id ?? 'none'}-${k}`}
            />
          ),
        });
        return (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            <Card>
              <Space size="large" wrap data-testid="board-totals">
                {totals.map((x) => (
                  <Link
                    key={x.k}
                    to={mattersLink(lightFilter(OPEN, x.k))}
                    data-testid={`board-total-${x.k}`}
                  >
                    <Statistic
                      title={x.title}
                      value={b.total[x.k]}
                      styles={'color' in x ? { content: { color: x.color } } : undefined}
                    />
                  </Link>
                ))}
              </Space>
            </Card>
            <Row gutter={16}>
              <Col xs={24} xl={12}>
                <Card
                  title={t('distribution')}
                  extra={
                    <Segmented
                      value={by}
                      onChange={(v) => setBy(v as By)}
                      options={[
                        { value: 'byUnit', label: t('byUnit') },
                        { value: 'byList', label: t('byList') },
                        { value: 'byLeader', label: t('byLeader') },
                      ]}
                    />
                  }
                >
                  <EChart
                    option={option}
                    height={Math.max(240, groups.length * 30)}
                    onClick={onChartClick}
                  />
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card title={t('details')}>
                  <Table
                    rowKey={(g) => g.id ?? g.name}
                    size="small"
                    pagination={false}
                    dataSource={b[by]}
                    data-testid="board-details"
                    columns={[
                      { title: t('name'), dataIndex: 'name' },
                      cell('open'),
                      cell('red'),
                      cell('yellow'),
                      cell('green'),
                      cell('overdue'),
                    ]}
                  />
                </Card>
              </Col>
            </Row>
            <Card
              title={t('openMatters')}
              extra={
                <Segmented
                  value={light}
                  onChange={(v) => (setLight(String(v)), setPageNo(1))}
                  options={[
                    { value: 'red', label: t('red') },
                    { value: 'yellow', label: t('yellow') },
                    { value: 'green', label: t('green') },
                    { value: 'all', label: t('all') },
                  ]}
                />
              }
            >
              <MatterTable
                items={page.data?.items ?? []}
                loading={page.loading}
                pagination={{
                  current: pageNo,
                  pageSize: 20,
                  total: page.data?.total ?? 0,
                  onChange: setPageNo,
                  showSizeChanger: false,
                }}
              />
            </Card>
          </Space>
        );
      }}
    </Loadable>
  );
}
