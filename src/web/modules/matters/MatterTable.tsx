import { Table, Tag, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { Link } from 'react-router';
import { formatDateZh } from '../../../core/format';
import { Light, type LightColor } from '../../components/Light';
import { activeLang } from '../../i18n';
import { useMattersT } from './messages';
import { lightReason, statusLabel } from './server-labels';
import type { MatterSummary } from './types';

export function dateZh(d: string | null): string {
  if (!d) return '—';
  return activeLang() === 'zh' ? formatDateZh(d) : d;
}

/** The columns every matter list shares: light, title, lead unit, status, deadlines. */
export function matterColumns<T extends MatterSummary>(
  t: ReturnType<typeof useMattersT>,
): ColumnsType<T> {
  return [
    {
      title: t('light'),
      width: 90,
      render: (_, m) => (
        <Light
          light={m.light as LightColor}
          title={lightReason(m.lightReason, activeLang())}
          testId={`light-${m.id}`}
        />
      ),
    },
    {
      title: t('matter'),
      render: (_, m) => (
        <div>
          <Link to={`/matters/m/${m.id}`} data-testid={`matter-link-${m.id}`}>
            {m.title}
          </Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {m.listTitle
              ? m.seq
                ? t('itemOfList', { list: m.listTitle, seq: m.seq })
                : m.listTitle
              : m.sourceLabel}
            {m.leadLeader ? t('leadLeaderIs', { name: m.leadLeader }) : ''}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('leadUnit'), width: 150, render: (_, m) => m.leadUnit.name },
    {
      title: t('status'),
      width: 120,
      render: (_, m) => (
        <>
          <Tag data-testid={`status-${m.id}`}>{statusLabel(m, activeLang())}</Tag>
          {m.extensionPending && <Tag color="orange">{t('extensionPending')}</Tag>}
        </>
      ),
    },
    { title: t('nextDue'), width: 130, render: (_, m) => dateZh(m.nextDue) },
    { title: t('finalDue'), width: 130, render: (_, m) => dateZh(m.finalDue) },
  ];
}

export function MatterTable({
  items,
  ...rest
}: { items: MatterSummary[] } & TableProps<MatterSummary>) {
  const t = useMattersT();
  return <Table rowKey="id" size="small" dataSource={items} columns={matterColumns(t)} {...rest} />;
}
