import { Form, InputNumber, Typography } from 'antd';
import { patch } from '../../../api';
import { FormModal } from '../../../components/FormModal';
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
  const unit = target.indicator.measureUnit;

  async function submit(v: Record<string, number | null | undefined>) {
    const body = reference
      ? { referenceValues: labels.map((_, i) => v[`ref${i}`] ?? null) }
      : { controlValue: v.controlValue ?? null };
    onSaved(await patch<Target>(`/api/targets/${target.id}`, body));
  }

  const initial: Record<string, number | null> = { controlValue: target.controlValue };
  labels.forEach((_, i) => (initial[`ref${i}`] = target.referenceValues?.[i] ?? null));
  return (
    <FormModal
      title={reference ? '录入参照值' : '设置控制值'}
      okTestId="control-submit"
      onClose={onClose}
      onSubmit={submit}
      initialValues={initial}
    >
      <Typography.Paragraph type="secondary">
        {target.unit.name} · {target.indicator.name}：{target.wording}
      </Typography.Paragraph>
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
    </FormModal>
  );
}
