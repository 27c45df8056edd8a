import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
} from 'antd';
import { useState } from 'react';
import { RATINGS } from '../../../core/matters/lifecycle';
import { post } from '../../api';
import type { MatterDetail } from './types';

type Field =
  | 'reason'
  | 'note'
  | 'content'
  | 'percent'
  | 'rating'
  | 'requestedDue'
  | 'grantedDue'
  | 'requirements'
  | 'replyDue';

interface ActionSpec {
  label: string;
  path: (m: MatterDetail) => string;
  fields: Field[];
  primary?: boolean;
  danger?: boolean;
}

const pendingExt = (m: MatterDetail) => m.extensions.find((e) => e.status === 'pending')?.id ?? '';

/** Each lifecycle action the server says the caller may take now, with the inputs it needs. */
const SPECS: Record<string, ActionSpec> = {
  assign: { label: '交办', path: (m) => `/api/matters/${m.id}/assign`, fields: [], primary: true },
  sign: { label: '签收', path: (m) => `/api/matters/${m.id}/sign`, fields: [], primary: true },
  report: {
    label: '反馈进展',
    path: (m) => `/api/matters/${m.id}/reports`,
    fields: ['content', 'percent'],
    primary: true,
  },
  request_closeout: {
    label: '申请办结',
    path: (m) => `/api/matters/${m.id}/closeout`,
    fields: ['note'],
  },
  review_pass: {
    label: '复核通过',
    path: (m) => `/api/matters/${m.id}/review`,
    fields: ['note'],
    primary: true,
  },
  return: {
    label: '退回',
    path: (m) => `/api/matters/${m.id}/return`,
    fields: ['reason'],
    danger: true,
  },
  close: {
    label: '办结销号',
    path: (m) => `/api/matters/${m.id}/close`,
    fields: ['rating', 'note'],
    primary: true,
  },
  request_extension: {
    label: '申请延期',
    path: (m) => `/api/matters/${m.id}/extensions`,
    fields: ['reason', 'requestedDue'],
  },
  grant_extension: {
    label: '同意延期',
    path: (m) => `/api/matters/${m.id}/extensions/${pendingExt(m)}/grant`,
    fields: ['grantedDue', 'note'],
  },
  refuse_extension: {
    label: '不同意延期',
    path: (m) => `/api/matters/${m.id}/extensions/${pendingExt(m)}/refuse`,
    fields: ['reason'],
    danger: true,
  },
  remind: { label: '催办', path: (m) => `/api/matters/${m.id}/remind`, fields: ['note'] },
  issue_notice: {
    label: '下发督办单',
    path: (m) => `/api/matters/${m.id}/notices`,
    fields: ['requirements', 'replyDue'],
    danger: true,
  },
};

const LABELS: Record<Field, string> = {
  reason: '理由',
  note: '说明',
  content: '办理情况',
  percent: '完成进度（%）',
  rating: '评定等次',
  requestedDue: '申请延期至',
  grantedDue: '批准延期至',
  requirements: '督办要求',
  replyDue: '反馈时限',
};
const REQUIRED: Field[] = ['reason', 'content', 'rating', 'requestedDue'];

export function MatterActions({
  matter,
  onDone,
}: {
  matter: MatterDetail;
  onDone(): Promise<void>;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();
  const spec = open ? SPECS[open] : undefined;

  async function run(action: string, values: Record<string, unknown>) {
    const s = SPECS[action]!;
    const body: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined || v === null || v === '') continue;
      body[k] =
        typeof v === 'object' && 'format' in (v as object)
          ? (v as { format(f: string): string }).format('YYYY-MM-DD')
          : v;
    }
    await post(s.path(matter), body);
    message.success(`${s.label}：已完成`);
    setOpen(null);
    form.resetFields();
    await onDone();
  }

  return (
    <Space wrap>
      {matter.actions
        .filter((a) => SPECS[a])
        .map((a) => (
          <Button
            key={a}
            type={SPECS[a]!.primary ? 'primary' : 'default'}
            danger={SPECS[a]!.danger}
            data-testid={`action-${a}`}
            onClick={() => {
              setError(null);
              if (SPECS[a]!.fields.length === 0)
                run(a, {}).catch((e) => message.error((e as Error).message));
              else setOpen(a);
            }}
          >
            {SPECS[a]!.label}
          </Button>
        ))}
      {spec && open && (
        <Modal
          open
          title={spec.label}
          okText="确定"
          cancelText="取消"
          okButtonProps={{ 'data-testid': 'action-confirm' } as Record<string, string>}
          onCancel={() => setOpen(null)}
          onOk={async () => {
            const v = await form.validateFields();
            await run(open, v).catch((e) => setError((e as Error).message));
          }}
        >
          {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
          <Form form={form} layout="vertical">
            {spec.fields.map((f) => (
              <Form.Item
                key={f}
                name={f}
                label={LABELS[f]}
                rules={
                  REQUIRED.includes(f) ? [{ required: true, message: `请填写${LABELS[f]}` }] : []
                }
              >
                {f === 'rating' ? (
                  <Select
                    options={RATINGS.map((r) => ({ value: r, label: r }))}
                    data-testid="field-rating"
                  />
                ) : f === 'percent' ? (
                  <InputNumber min={0} max={100} />
                ) : f.endsWith('Due') ? (
                  <DatePicker />
                ) : (
                  <Input.TextArea rows={3} maxLength={2000} data-testid={`field-${f}`} />
                )}
              </Form.Item>
            ))}
          </Form>
        </Modal>
      )}
    </Space>
  );
}
