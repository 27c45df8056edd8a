import { useExports } from '../../shell/ExportTray';
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Space, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { get, post } from '../../api';
import { FormModal } from '../../components/FormModal';
import { XlsxUpload } from '../../components/XlsxUpload';
import { CreateMatterModal } from './CreateMatterModal';

interface ListRow {
  id: string;
  title: string;
  year: number;
  counts: { total: number; open: number; closed: number; red: number };
}

/** 清单: lists of matters (e.g. the year's key-work list), imported from and exported to Excel. */
export function ListsPage() {
  const { message } = App.useApp();
  const exports = useExports();
  const [lists, setLists] = useState<ListRow[]>([]);
  const [creatingList, setCreatingList] = useState(false);
  const [creatingMatter, setCreatingMatter] = useState(false);
  const load = useCallback(
    async () => setLists((await get<{ items: ListRow[] }>('/api/matter-lists')).items),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  async function assignAll(l: ListRow) {
    try {
      const r = await post<{ assigned: number }>(`/api/matter-lists/${l.id}/assign`, {});
      message.success(`已交办 ${r.assigned} 项，期限已按 13710 规则计算`);
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  return (
    <Card
      title="事项清单"
      extra={
        <Space>
          <Button onClick={() => setCreatingMatter(true)} data-testid="new-matter">
            新建事项
          </Button>
          <Button type="primary" onClick={() => setCreatingList(true)}>
            新建清单
          </Button>
        </Space>
      }
    >
      <Table<ListRow>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={lists}
        columns={[
          { title: '清单', dataIndex: 'title' },
          { title: '年度', dataIndex: 'year', width: 70 },
          { title: '事项', width: 60, render: (_, l) => l.counts.total },
          { title: '在办', width: 60, render: (_, l) => l.counts.open },
          { title: '红灯', width: 60, render: (_, l) => l.counts.red },
          { title: '办结', width: 60, render: (_, l) => l.counts.closed },
          {
            title: '操作',
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
                  台账
                </Button>
                <XlsxUpload
                  url={`/api/matter-lists/${l.id}/import`}
                  label="导入事项"
                  onDone={(r) => {
                    message.success(
                      `已导入 ${(r as { imported: number }).imported} 项（草稿，交办后计算期限）`,
                    );
                    void load();
                  }}
                />
                <Popconfirm title="交办清单中全部草稿事项？" onConfirm={() => assignAll(l)}>
                  <Button size="small">全部交办</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
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
  return (
    <FormModal
      title="新建清单"
      onClose={onClose}
      onSubmit={async (v) => {
        await post('/api/matter-lists', v);
        await onSaved();
      }}
      initialValues={{ year: new Date().getFullYear() }}
    >
      <Form.Item
        name="title"
        label="清单名称"
        rules={[{ required: true, message: '请填写清单名称' }]}
      >
        <Input maxLength={100} placeholder="如：重点工作任务清单" />
      </Form.Item>
      <Form.Item name="year" label="年度">
        <InputNumber min={2000} max={2100} />
      </Form.Item>
      <Form.Item name="description" label="说明">
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
