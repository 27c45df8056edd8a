import { Form, InputNumber, Typography } from 'antd';
import { patch } from '../../../api';
import { FormModal } from '../../../components/FormModal';
import { useI18n, UserText } from '../../../i18n';
import type { Target } from '../types';
import { useDialogT } from './dialog-messages';

const NATIONAL = { zh: '全国平均水平', en: 'National average' };
const PROVINCE = { zh: '全省平均水平', en: 'Provincial average' };
const CITY = { zh: '全市平均水平', en: 'City average' };
const REFERENCE_LABELS: Record<string, { zh: string; en: string }[]> = {
  national_average: [NATIONAL],
  province_average: [PROVINCE],
  city_average: [CITY],
  national_and_province_average: [NATIONAL, PROVINCE],
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
  const t = useDialogT();
  const { label: pick } = useI18n();
  const parsed = target.parsed as { kind: string; reference?: string };
  const reference = parsed.kind === 'reference';
  const labels = reference ? (REFERENCE_LABELS[parsed.reference ?? '']?.map(pick) ?? [t('referenceValue')]) : [];
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
      title={reference ? t('enterReference') : t('setControl')}
      okTestId="control-submit"
      onClose={onClose}
      onSubmit={submit}
      initialValues={initial}
    >
      <Typography.Paragraph type="secondary">
        <UserText>
          {target.unit.name} · {target.indicator.name}：{target.wording}
        </UserText>
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
          label={t('controlValue', { unit })}
          extra={
            target.indicator.direction === 'lower_better'
              ? t('lowerBetter')
              : t('higherBetter')
          }
        >
          <InputNumber style={{ width: 200 }} data-testid="control-value" />
        </Form.Item>
      )}
    </FormModal>
  );
}
