import { DownloadOutlined } from '@ant-design/icons';
import { useExports } from '../../shell/ExportTray';
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { get, post } from '../../api';
import { FormModal } from '../../components/FormModal';
import { countOf, lengthRule } from '../../components/limits';
import { Loadable, useLoad } from '../../components/Loadable';
import { useComponentT } from '../../components/messages';
import { XlsxUpload } from '../../components/XlsxUpload';
import { CreateMatterModal } from './CreateMatterModal';
import { mattersLink, type MatterFilters } from './links';
import { useMattersT } from './messages';

interface ListRow {
  id: string;
  title: string;
  year: number;
  counts: { total: number; open: number; closed: number; red: number };
}

/** 清单: lists of matters (e.g. the year's key-work list), imported from and exported to Excel. */
export function ListsPage() {
  const { message } = App.useApp();
  const t = useMattersT();
  const exports = useExports();
  const state = useLoad(
    async () => (await get<{ items: ListRow[] }>('/api/matter-lists')).items,
    [],
  );
  const lists = state.data ?? [];
  const load = state.reload;
  const [creatingList, setCreatingList] = useState(false);
  const [creatingMatter, setCreatingMatter] = useState(false);
  // The lists' counts are of the matters led by units in scope.
  const count = (l: ListRow, f: MatterFilters, n: number, k: string) => (
    <Link
      to={mattersLink({ involvement: 'lead', listId: l.id, ...f })}
      data-testid={`list-${l.id}-${k}`}
    >
      {n}
    </Link>
  );

  async function assignAll(l: ListRow) {
    try {
      const r = await post<{ assigned: number }>(`/api/matter-lists/${l.id}/assign`, {});
      message.success(t('assignedN', { n: r.assigned }));
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  return (
    <Card
      title={t('listsTitle')}
      extra={
        <Space>
          <Button onClick={() => setCreatingMatter(true)} data-testid="new-matter">
            {t('newMatter')}
          </Button>
          <Button type="primary" onClick={() => setCreatingList(true)}>
            {t('newList')}
          </Button>
        </Space>
      }
    >
      <Loadable state={state}>
        {() => (
          <Table<ListRow>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={lists}
            data-testid="lists-table"
            columns={[
              {
                title: t('list'),
                render: (_, l) => <Link to={mattersLink({ listId: l.id })}>{l.title}</Link>,
              },
              { title: t('year'), dataIndex: 'year', width: 70 },
              {
                title: t('count'),
                width: 60,
                render: (_, l) => count(l, {}, l.counts.total, 'total'),
              },
              {
                title: t('open'),
                width: 60,
                render: (_, l) => count(l, { status: 'open' }, l.counts.open, 'open'),
              },
              {
                title: t('red'),
                width: 60,
                render: (_, l) => count(l, { status: 'open', light: 'red' }, l.counts.red, 'red'),
              },
              {
                title: t('closed'),
                width: 60,
                render: (_, l) => count(l, { status: 'closed' }, l.counts.closed, 'closed'),
              },
              {
                title: t('actions'),
                render: (_, l) => (
                  <Space wrap>
                    <Button
                      size="small"
                      icon={<DownloadOutlined />}
                      data-testid={`export-ledger-${l.id}`}
                      onClick={() =>
                        exports
                          .start({ kind: 'matter-list-ledger', listId: l.id })
                          .catch((e: Error) => message.error(e.message))
                      }
                    >
                      {t('ledger')}
                    </Button>
                    <XlsxUpload
                      url={`/api/matter-lists/${l.id}/import`}
                      label={t('importMatters')}
                      testId={`import-list-${l.id}`}
                      onDone={(r) => {
                        message.success(t('imported', { n: (r as { imported: number }).imported }));
                        void load();
                      }}
                    />
                    <Popconfirm title={t('assignAllConfirm')} onConfirm={() => assignAll(l)}>
                      <Button size="small">{t('assignAll')}</Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Loadable>
      {creatingList && (
        <CreateListModal
          onClose={() => setCreatingList(false)}
          onSaved={async () => (setCreatingList(false), await load())}
        />
      )}
      {creatingMatter && (
        <CreateMatterModal lists={lists} onClose={() => setCreatingMatter(false)} />
      )}
    </Card>
  );
}

function CreateListModal({ onClose, onSaved }: { onClose(): void; onSaved(): Promise<void> }) {
  const t = useMattersT();
  const ct = useComponentT();
  return (
    <FormModal
      title={t('newList')}
      onClose={onClose}
      onSubmit={async (v) => {
        await post('/api/matter-lists', v);
        await onSaved();
      }}
      initialValues={{ year: new Date().getFullYear() }}
    >
      <Form.Item
        name="title"
        label={t('listName')}
        rules={[
          { required: true, message: t('listNameRequired') },
          lengthRule(ct, t('listName'), 100),
        ]}
      >
        <Input count={countOf(100)} placeholder={t('listNamePlaceholder')} />
      </Form.Item>
      <Form.Item name="year" label={t('year')}>
        <InputNumber min={2000} max={2100} />
      </Form.Item>
      <Form.Item name="description" label={t('description')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
