import { Button, Card, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { get, qs } from '../../api';
import { MatterTable } from './MatterTable';
import type { MatterPage } from './types';

// The rows behind a number: the matters list with the filter from the address, shown as tags.
// Every count on the cockpit (and elsewhere) links here with the same filter.
const FILTERS: Record<string, (v: string) => string> = {
  status: (v) => (v === 'open' ? '在办' : `状态：${v}`),
  light: (v) => ({ red: '红灯', yellow: '黄灯', green: '绿灯' })[v] ?? v,
  overdueAt: (v) => `截至 ${v} 超期未办结`,
  closedFrom: (v) => `办结于 ${v} 起`,
  closedTo: (v) => `办结于 ${v} 止`,
  closedOnTime: (v) => (v === 'true' ? '按期办结' : '未按期办结'),
  listId: () => '指定清单',
  q: (v) => `含“${v}”`,
};

export function MatterListPage() {
  const [params] = useSearchParams();
  const [page, setPage] = useState<MatterPage | null>(null);
  const [pageNo, setPageNo] = useState(1);
  const [unitName, setUnitName] = useState<string | null>(null);
  const filter = Object.fromEntries(
    [...params.entries()].filter(([k]) => k in FILTERS || k === 'unitId'),
  );
  const key = JSON.stringify(filter);

  useEffect(() => {
    get<MatterPage>(`/api/matters${qs({ ...filter, page: pageNo, pageSize: 50 })}`).then((p) => {
      setPage(p);
      if (filter.unitId) setUnitName(p.items[0]?.leadUnit.name ?? null);
    });
  }, [key, pageNo]);

  return (
    <Card
      title="督办事项清单"
      extra={
        <Link to="/matters?tab=board">
          <Button size="small">返回督办看板</Button>
        </Link>
      }
    >
      <Space wrap style={{ marginBottom: 12 }} data-testid="matter-list-filters">
        <Typography.Text type="secondary">筛选：</Typography.Text>
        {filter.unitId && <Tag>牵头单位：{unitName ?? '所选单位'}</Tag>}
        {Object.entries(filter)
          .filter(([k]) => k !== 'unitId')
          .map(([k, v]) => (
            <Tag key={k}>{FILTERS[k]!(v)}</Tag>
          ))}
        <Typography.Text data-testid="matter-list-total">
          共 {page?.total ?? '…'} 件
        </Typography.Text>
      </Space>
      <MatterTable
        items={page?.items ?? []}
        loading={!page}
        pagination={{
          current: pageNo,
          pageSize: 50,
          total: page?.total ?? 0,
          onChange: setPageNo,
          showSizeChanger: false,
        }}
      />
    </Card>
  );
}
