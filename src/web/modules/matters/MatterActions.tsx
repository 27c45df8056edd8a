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
import { countOf, lengthRule } from '../../components/limits';
import { useComponentT } from '../../components/messages';
import { useActionT } from './action-messages';
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
  | 'replyDue'
  | 'instruction';

interface ActionSpec {
  path: (m: MatterDetail) => string;
  fields: Field[];
  primary?: boolean;
  danger?: boolean;
}

const pendingExt = (m: MatterDetail) => m.extensions.find((e) => e.status === 'pending')?.id ?? '';

/** Each lifecycle action the server says the caller may take now, with the inputs it needs. */
const SPECS: Record<string, ActionSpec> = {
  assign: { path: (m) => `/api/matters/${m.id}/assign`, fields: [], primary: true },
  sign: { path: (m) => `/api/matters/${m.id}/sign`, fields: [], primary: true },
  report: {
    path: (m) => `/api/matters/${m.id}/reports`,
    fields: ['content', 'percent'],
    primary: true,
  },
  request_closeout: {
    path: (m) => `/api/matters/${m.id}/closeout`,
    fields: ['note'],
  },
  review_pass: {
    path: (m) => `/api/matters/${m.id}/review`,
    fields: ['note'],
    primary: true,
  },
  return: {
    path: (m) => `/api/matters/${m.id}/return`,
    fields: ['reason'],
    danger: true,
  },
  close: {
    path: (m) => `/api/matters/${m.id}/close`,
    fields: ['rating', 'note'],
    primary: true,
  },
  request_extension: {
    path: (m) => `/api/matters/${m.id}/extensions`,
    fields: ['reason', 'requestedDue'],
  },
  grant_extension: {
    path: (m) => `/api/matters/${m.id}/extensions/${pendingExt(m)}/grant`,
    fields: ['grantedDue', 'note'],
  },
  refuse_extension: {
    path: (m) => `/api/matters/${m.id}/extensions/${pendingExt(m)}/refuse`,
    fields: ['reason'],
    danger: true,
  },
  remind: { path: (m) => `/api/matters/${m.id}/remind`, fields: ['note'] },
  instruct: {
    path: (m) => `/api/matters/${m.id}/instructions`,
    fields: ['instruction'],
    primary: true,
  },
  issue_notice: {
    path: (m) => `/api/matters/${m.id}/notices`,
    fields: ['requirements', 'replyDue'],
    danger: true,
  },
};

const REQUIRED: Field[] = ['reason', 'content', 'rating', 'requestedDue', 'instruction'];

export function MatterActions({
  matter,
  onDone,
}: {
  matter: MatterDetail;
  onDone(): Promise<void>;
}) {
  const { message, modal } = App.useApp();
  const t = useActionT();
  const ct = useComponentT();
  const label = (a: string) => t(a as Parameters<typeof t>[0]);
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
    message.success(t('done', { action: label(action) }));
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
            {label(a)}
          </Button>
        ))}
      {spec && open && (
        <Modal
          open
          title={label(open)}
          okText={t('ok')}
          cancelText={t('cancel')}
          okButtonProps={{ 'data-testid': 'action-confirm' } as Record<string, string>}
          onCancel={() => setOpen(null)}
          onOk={async () => {
            const v = await form.validateFields();
            // A notice is numbered and cannot be withdrawn: issuing one with nothing filled
            // in takes the defaults only after the supervisor says so.
            if (open === 'issue_notice' && !v.requirements && !v.replyDue) {
              const yes = await modal.confirm({
                title: t('noticeDefaultsTitle'),
                content: t('noticeDefaults'),
                okText: t('issue'),
                cancelText: t('back'),
                okButtonProps: { 'data-testid': 'notice-defaults-confirm' } as Record<
                  string,
                  string
                >,
              });
              if (!yes) return;
            }
            await run(open, v).catch((e) => setError((e as Error).message));
          }}
        >
          {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
          <Form form={form} layout="vertical">
            {spec.fields.map((f) => (
              <Form.Item
                key={f}
                name={f}
                label={t(f)}
                extra={f === 'instruction' ? t('instructionExtra') : undefined}
                rules={[
                  ...(REQUIRED.includes(f)
                    ? [{ required: true, message: t('required', { field: t(f) }) }]
                    : []),
                  ...(['rating', 'percent'].includes(f) || f.endsWith('Due')
                    ? []
                    : [lengthRule(ct, t(f), 2000)]),
                ]}
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
                  <Input.TextArea rows={3} count={countOf(2000)} data-testid={`field-${f}`} />
                )}
              </Form.Item>
            ))}
          </Form>
        </Modal>
      )}
    </Space>
  );
}
