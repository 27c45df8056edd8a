import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Space, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { get, post } from '../../api';
import { matterColumns } from './MatterTable';
import type { MineItem } from './types';

/**
 * A liaison's one page: every open matter of their unit (led or cooperating), progress on
 * several reported at once. One report serves every view; nothing is asked twice.
 */
const PAGE_SIZE = 100;

export function MyMattersPage() {
  const { message } = App.useApp();
  const [items, setItems] = useState<MineItem[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [loading, setLoading] = useState(true);
  const [selected, setSelected] = useState<string[]>([]);
  const [reporting, setReporting] = useState(false);
  const load = useCallback(async () => {
    setLoading(true);
    try {
      const r = await get<{ items: MineItem[]; total: number }>(
        `/api/matters/mine?page=${page}&pageSize=${PAGE_SIZE}`,
      );
      setItems(r.items);
      setTotal(r.total);
    } finally {
      setLoading(false);
    }
  }, [page]);
  useEffect(() => {
    void load();
  }, [load]);

  async function closeout(m: MineItem) {
    try {
      await post(`/api/matters/${m.id}/closeout`, {});
      message.success(`已申请办结：${m.title}`);
      await load();
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  const columns = [
    ...matterColumns<MineItem>(),
    {
      title: '我方',
      width: 70,
      render: (_: unknown, m: MineItem) => (m.myRole === 'lead' ? '牵头' : '配合'),
    },
    {
      title: '最近反馈',
      render: (_: unknown, m: MineItem) =>
        m.lastReport ? `${m.lastPercent ?? '—'}% ${m.lastReport}` : '—',
    },
    {
      title: '操作',
      width: 110,
      render: (_: unknown, m: MineItem) =>
        m.myRole === 'lead' && m.status === 'in_progress' ? (
          <Button size="small" onClick={() => closeout(m)} data-testid={`closeout-${m.id}`}>
            申请办结
          </Button>
        ) : null,
    },
  ];

  return (
    <Card
      title={`本单位待办事项（${total}）`}
      extra={
        <Button
          type="primary"
          disabled={selected.length === 0}
          onClick={() => setReporting(true)}
          data-testid="batch-report"
        >
          反馈所选事项（{selected.length}）
        </Button>
      }
    >
      <Table
        rowKey="id"
        size="small"
        dataSource={items}
        columns={columns}
        loading={loading}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total,
          hideOnSinglePage: true,
          showSizeChanger: false,
          onChange: setPage,
        }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (m) =>
            ({
              disabled: !['signed_for', 'in_progress'].includes(m.status),
              'data-testid': `select-${m.id}`,
            }) as object,
        }}
        data-testid="my-matters"
      />
      {reporting && (
        <BatchReportModal
          matters={items.filter((m) => selected.includes(m.id))}
          onClose={() => setReporting(false)}
          onSaved={async () => {
            setReporting(false);
            setSelected([]);
            message.success('反馈已提交');
            await load();
          }}
        />
      )}
    </Card>
  );
}

function BatchReportModal({
  matters,
  onClose,
  onSaved,
}: {
  matters: MineItem[];
  onClose(): void;
  onSaved(): Promise<void>;
}) {
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  async function submit() {
    const v = await form.validateFields();
    try {
      await post('/api/matters/reports', {
        reports: matters.map((m) => ({
          matterId: m.id,
          content: v[`c_${m.id}`],
          percent: v[`p_${m.id}`] ?? undefined,
        })),
      });
      await onSaved();
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return (
    <Modal
      open
      width={720}
      title="反馈办理情况"
      onOk={submit}
      onCancel={onClose}
      okText="一并提交"
      cancelText="取消"
      okButtonProps={{ 'data-testid': 'batch-report-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical">
        {matters.map((m) => (
          <Space key={m.id} align="start" style={{ width: '100%' }}>
            <Form.Item
              name={`c_${m.id}`}
              label={m.title}
              rules={[{ required: true, message: '请填写办理情况' }]}
              style={{ width: 520 }}
            >
              <Input.TextArea rows={2} maxLength={2000} data-testid={`report-content-${m.id}`} />
            </Form.Item>
            <Form.Item name={`p_${m.id}`} label="进度 %" initialValue={m.lastPercent ?? undefined}>
              <InputNumber min={0} max={100} />
            </Form.Item>
          </Space>
        ))}
      </Form>
    </Modal>
  );
}
