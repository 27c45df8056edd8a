import { Table, Tag, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { Link } from 'react-router';
import { formatDateZh } from '../../../core/format';
import { Light, type LightColor } from '../../components/Light';
import type { MatterSummary } from './types';

export function dateZh(d: string | null): string {
  return d ? formatDateZh(d) : '—';
}

/** The columns every matter list shares: light, title, lead unit, status, deadlines. */
export function matterColumns<T extends MatterSummary>(): ColumnsType<T> {
  return [
    {
      title: '灯',
      width: 90,
      render: (_, m) => (
        <Light light={m.light as LightColor} title={m.lightReason} testId={`light-${m.id}`} />
      ),
    },
    {
      title: '事项',
      render: (_, m) => (
        <div>
          <Link to={`/matters/m/${m.id}`} data-testid={`matter-link-${m.id}`}>
            {m.title}
          </Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {m.listTitle ? `${m.listTitle}${m.seq ? ` 第${m.seq}项` : ''}` : m.sourceLabel}
            {m.leadLeader ? ` · 牵头领导 ${m.leadLeader}` : ''}
          </Typography.Text>
        </div>
      ),
    },
    { title: '牵头单位', width: 150, render: (_, m) => m.leadUnit.name },
    {
      title: '状态',
      width: 120,
      render: (_, m) => (
        <>
          <Tag data-testid={`status-${m.id}`}>{m.statusLabel}</Tag>
          {m.extensionPending && <Tag color="orange">延期待批</Tag>}
        </>
      ),
    },
    { title: '下一期限', width: 130, render: (_, m) => dateZh(m.nextDue) },
    { title: '办结期限', width: 130, render: (_, m) => dateZh(m.finalDue) },
  ];
}

export function MatterTable({
  items,
  ...rest
}: { items: MatterSummary[] } & TableProps<MatterSummary>) {
  return <Table rowKey="id" size="small" dataSource={items} columns={matterColumns()} {...rest} />;
}
