import type { ChainRow } from '../../../server/modules/enterprises/chains';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { get, post, put, qs } from '../../api';
import { FormModal } from '../../components/FormModal';
import { useT } from './messages';
import type { EnterpriseSummary } from './types';

type Chain = ChainRow;
interface ChainProject {
  id: string;
  name: string;
  unitName: string;
  totalInvestment: number;
}

/** 链长制 / 双长制: each key chain with its two leaders; its counts open its enterprises and projects. */
export function ChainsPage() {
  const t = useT();
  const [data, setData] = useState<{ items: Chain[]; canEdit: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Chain | 'new' | null>(null);
  const load = useCallback(() => {
    get<{ items: Chain[]; canEdit: boolean }>('/api/industry-chains')
      .then(setData)
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(load, [load]);
  return (
    <Card
      title={t('chains')}
      extra={
        data?.canEdit && (
          <Button size="small" onClick={() => setEditing('new')} data-testid="new-chain">
            {t('newChain')}
          </Button>
        )
      }
    >
      {error && <Alert type="error" message={error} />}
      <Table<Chain>
        rowKey="id"
        size="small"
        pagination={false}
        loading={data === null && !error}
        dataSource={data?.items ?? []}
        data-testid="chains-table"
        expandable={{
          expandedRowRender: (c) => <ChainProjects chain={c} />,
          rowExpandable: (c) => c.projects > 0,
        }}
        columns={[
          {
            title: t('chain'),
            render: (_, c) => (
              <Space size={4}>
                {c.name}
                {c.aliases.map((a) => (
                  <Tag key={a}>{a}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('governmentLeader'),
            render: (_, c) =>
              c.governmentLeader ? `${c.governmentLeaderPost} ${c.governmentLeader}` : '—',
          },
          {
            title: t('allianceLeader'),
            render: (_, c) =>
              c.allianceLeaderId ? (
                <Link to={`/enterprises/e/${c.allianceLeaderId}`}>{c.allianceLeaderName}</Link>
              ) : (
                '—'
              ),
          },
          {
            title: t('chainEnterprises'),
            width: 110,
            render: (_, c) => (
              <Link
                to={`/enterprises${qs({ chain: c.name })}`}
                data-testid={`chain-enterprises-${c.name}`}
              >
                {c.enterprises}
              </Link>
            ),
          },
          { title: t('chainProjects'), dataIndex: 'projects', width: 100 },
          ...(data?.canEdit
            ? [
                {
                  title: '',
                  width: 70,
                  render: (_: unknown, c: Chain) => (
                    <Button type="link" size="small" onClick={() => setEditing(c)}>
                      {t('edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <ChainForm
          chain={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            load();
          }}
        />
      )}
    </Card>
  );
}

function ChainProjects({ chain }: { chain: Chain }) {
  const t = useT();
  const [items, setItems] = useState<ChainProject[] | null>(null);
  useEffect(() => {
    get<{ items: ChainProject[] }>(`/api/industry-chains/${chain.id}/projects`)
      .then((r) => setItems(r.items))
      .catch(() => setItems([]));
  }, [chain.id]);
  return (
    <Table<ChainProject>
      rowKey="id"
      size="small"
      pagination={false}
      loading={items === null}
      dataSource={items ?? []}
      columns={[
        {
          title: t('project'),
          render: (_, p) => <Link to={`/projects/p/${p.id}`}>{p.name}</Link>,
        },
        { title: t('unit'), dataIndex: 'unitName', width: 120 },
        { title: t('totalInvestment'), dataIndex: 'totalInvestment', width: 140 },
      ]}
    />
  );
}

function ChainForm({
  chain,
  onClose,
  onSaved,
}: {
  chain: Chain | null;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const [options, setOptions] = useState<{ value: string; label: string }[]>(
    chain?.allianceLeaderId
      ? [{ value: chain.allianceLeaderId, label: chain.allianceLeaderName ?? '' }]
      : [],
  );
  const search = (q: string) => {
    if (!q.trim()) return;
    void get<{ items: EnterpriseSummary[] }>(`/api/enterprises${qs({ q, pageSize: 20 })}`).then(
      (r) => setOptions(r.items.map((e) => ({ value: e.id, label: e.name }))),
    );
  };
  return (
    <FormModal<Omit<Chain, 'id'>>
      title={chain ? `${t('edit')}：${chain.name}` : t('newChain')}
      initialValues={chain ?? { aliases: [], sortKey: 0 }}
      onClose={onClose}
      onSubmit={async (v) => {
        const body = {
          name: v.name,
          aliases: v.aliases ?? [],
          governmentLeader: v.governmentLeader ?? '',
          governmentLeaderPost: v.governmentLeaderPost ?? '',
          allianceLeaderId: v.allianceLeaderId ?? null,
          sortKey: v.sortKey ?? 0,
        };
        if (chain) await put(`/api/industry-chains/${chain.id}`, body);
        else await post('/api/industry-chains', body);
        onSaved();
      }}
    >
      <Form.Item name="name" label={t('chain')} rules={[{ required: true }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="aliases" label={t('aliases')}>
        <Select mode="tags" open={false} tokenSeparators={['、', ',']} />
      </Form.Item>
      <Space>
        <Form.Item name="governmentLeaderPost" label={t('leaderPost')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="governmentLeader" label={t('governmentLeader')}>
          <Input maxLength={50} />
        </Form.Item>
      </Space>
      <Form.Item name="allianceLeaderId" label={t('allianceLeader')}>
        <Select showSearch allowClear filterOption={false} onSearch={search} options={options} />
      </Form.Item>
      <Form.Item name="sortKey" label={t('sortKey')}>
        <InputNumber min={0} max={10000} />
      </Form.Item>
    </FormModal>
  );
}
