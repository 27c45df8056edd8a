import { Alert, Card, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { get, qs } from '../../api';
import { useI18n } from '../../i18n';
import { useT } from './messages';
import { usePageT } from './page-messages';
import { YearSelect } from './YearSelect';
import { TITLE_LABELS } from './types';

interface Item {
  enterpriseId: string;
  name: string;
  uscc: string;
  unitName: string;
  source: string;
  targetKind: string;
  note: string;
  addedBy: string;
  synthetic: boolean;
}

/** 种子企业培育库: from the near-miss list and added by hand, per year. */
export function PoolPage() {
  const t = useT();
  const pt = usePageT();
  const { label: pick } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [items, setItems] = useState<Item[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setItems(null);
    get<{ items: Item[] }>(`/api/enterprise-pool${qs({ year })}`)
      .then((r) => setItems(r.items))
      .catch((e: Error) => setError(e.message));
  }, [year]);
  return (
    <Card
      title={
        <Space>
          {t('pool')}
          <YearSelect value={year} onChange={setYear} />
        </Space>
      }
    >
      {error && <Alert type="error" message={error} />}
      <Table<Item>
        rowKey="enterpriseId"
        size="small"
        loading={items === null && !error}
        dataSource={items ?? []}
        locale={{ emptyText: items === null ? t('loading') : pt('poolEmpty') }}
        data-testid="pool-table"
        columns={[
          {
            title: t('name'),
            render: (_, x) => (
              <Space>
                <Link to={`/enterprises/e/${x.enterpriseId}`}>{x.name}</Link>
                {x.synthetic && <Tag color="purple">{pt('fictional')}</Tag>}
              </Space>
            ),
          },
          { title: t('uscc'), dataIndex: 'uscc', width: 190 },
          { title: t('unit'), dataIndex: 'unitName', width: 100 },
          {
            title: t('target_kind'),
            width: 150,
            render: (_, x) =>
              TITLE_LABELS[x.targetKind as keyof typeof TITLE_LABELS]
                ? pick(TITLE_LABELS[x.targetKind as keyof typeof TITLE_LABELS])
                : x.targetKind,
          },
          {
            title: pt('source'),
            width: 100,
            render: (_, x) =>
              x.source === 'near_miss' ? t('source_near_miss') : t('source_manual'),
          },
          { title: pt('note'), dataIndex: 'note' },
        ]}
      />
    </Card>
  );
}
