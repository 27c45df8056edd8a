import { Drawer, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { get, qs } from '../../api';
import type { Report } from './types';

/** Every version of the reports behind a number: who reported what and when, corrections kept. */
export function ReportsDrawer({
  targetId,
  period,
  title,
  onClose,
}: {
  targetId: string;
  period?: string;
  title: string;
  onClose(): void;
}) {
  const [items, setItems] = useState<Report[]>([]);
  useEffect(() => {
    get<{ items: Report[] }>(`/api/targets/${targetId}/reports${qs({ period })}`).then((r) =>
      setItems(r.items),
    );
  }, [targetId, period]);
  return (
    <Drawer open width={720} title={title} onClose={onClose} data-testid="reports-drawer">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          { title: '报告期', dataIndex: 'periodLabel' },
          {
            title: '数值',
            render: (_, r) => (
              <span
                style={{
                  textDecoration: r.current ? undefined : 'line-through',
                  color: r.current ? undefined : '#999',
                }}
              >
                {r.value}
              </span>
            ),
          },
          { title: '填报人', dataIndex: 'reporterName' },
          { title: '时间', dataIndex: 'reportedAt' },
          {
            title: '说明',
            render: (_, r) => (
              <>
                {r.synthetic && <Tag>演示数据</Tag>}
                {r.correctionReason && <Tag color="orange">更正：{r.correctionReason}</Tag>}
                {r.note}
              </>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
