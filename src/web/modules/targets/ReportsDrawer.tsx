import { Drawer, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { get, qs } from '../../api';
import { localPeriod } from '../../components/periods';
import { useI18n, UserText } from '../../i18n';
import { usePanelT } from './panel-messages';
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
  const t = usePanelT();
  const { lang } = useI18n();
  const [items, setItems] = useState<Report[]>([]);
  useEffect(() => {
    get<{ items: Report[] }>(`/api/targets/${targetId}/reports${qs({ period })}`).then((r) =>
      setItems(r.items),
    );
  }, [targetId, period]);
  return (
    <Drawer
      open
      width={720}
      title={<UserText>{title}</UserText>}
      onClose={onClose}
      data-testid="reports-drawer"
    >
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          { title: t('period'), render: (_, r) => localPeriod(r.periodLabel, lang) },
          {
            title: t('value'),
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
          { title: t('reporter'), dataIndex: 'reporterName' },
          { title: t('time'), dataIndex: 'reportedAt' },
          {
            title: t('note'),
            render: (_, r) => (
              <>
                {r.synthetic && <Tag>{t('demoData')}</Tag>}
                {r.correctionReason && (
                  <Tag color="orange">
                    {t('correction')}
                    {r.correctionReason}
                  </Tag>
                )}
                {r.note}
              </>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
