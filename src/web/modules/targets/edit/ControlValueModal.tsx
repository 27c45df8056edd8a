import { Alert, Form, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { patch } from '../../../api';
import type { Target } from '../types';

const REFERENCE_LABELS: Record<string, string[]> = {
  national_average: ['全国平均水平'],
  province_average: ['全省平均水平'],
  city_average: ['全市平均水平'],
  national_and_province_average: ['全国平均水平', '全省平均水平'],
};

/**
 * 设置控制值: the figure set higher up (完成省控目标) or the averages compared with (高于全省平均
 * 水平), entered when they become known. Empty clears it.
 */
export function ControlValueModal({
  target,
  onClose,
  onSaved,
}: {
  target: Target;
  onClose(): void;
  onSaved(t: Target): void;
}) {
  const parsed = target.parsed as { kind: string; reference?: string };
  const reference = parsed.kind === 'reference';
  const labels = reference ? (REFERENCE_LABELS[parsed.reference ?? ''] ?? ['参照值']) : [];
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const unit = target.indicator.measureUnit;

  async function submit() {
    const v = await form.validateFields();
    const body = reference
      ? { referenceValues: labels.map((_, i) => v[`ref${i}`] ?? null) }
      : { controlValue: v.controlValue ?? null };
    try {
      onSaved(await patch<Target>(`/api/targets/${target.id}`, body));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const initial: Record<string, number | null> = { controlValue: target.controlValue };
  labels.forEach((_, i) => (initial[`ref${i}`] = target.referenceValues?.[i] ?? null));
  return (
    <Modal
      open
      title={reference ? '录入参照值' : '设置控制值'}
      onOk={submit}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'control-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">
        {target.unit.name} · {target.indicator.name}：{target.wording}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={initial}>
        {reference ? (
          labels.map((label, i) => (
            <Form.Item key={label} name={`ref${i}`} label={`${label}（${unit}）`}>
              <InputNumber style={{ width: 200 }} data-testid={`reference-value-${i}`} />
            </Form.Item>
          ))
        ) : (
          <Form.Item
            name="controlValue"
            label={`上级下达的控制值（${unit}）`}
            extra={
              target.indicator.direction === 'lower_better'
                ? '该指标越低越好：实际值不高于控制值即为完成'
                : '实际值不低于控制值即为完成'
            }
          >
            <InputNumber style={{ width: 200 }} data-testid="control-value" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
