import { Form, Input, InputNumber } from 'antd';
import { post } from '../../api';
import { FormModal } from '../../components/FormModal';
import { usePanelT } from './panel-messages';

/**
 * Report (or correct) a unit's year-to-date figure for one period. A correction keeps the
 * earlier value and needs a reason.
 */
export function ReportModal({
  targetId,
  period,
  title,
  existing,
  measureUnit,
  onClose,
  onSaved,
}: {
  targetId: string;
  period: string;
  title: string;
  existing: number | null;
  measureUnit: string;
  onClose(): void;
  onSaved(): void;
}) {
  const t = usePanelT();
  async function submit(v: { value: number; note?: string; correctionReason?: string }) {
    await post(`/api/targets/${targetId}/reports`, {
      period,
      value: v.value,
      note: v.note || undefined,
      correctionReason: v.correctionReason || undefined,
    });
    onSaved();
  }
  return (
    <FormModal
      title={title}
      okText={t('submit')}
      okTestId="report-submit"
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ value: existing ?? undefined }}
    >
      <Form.Item
        name="value"
        label={t('ytdValue', { unit: measureUnit })}
        rules={[{ required: true, message: t('valueRequired') }]}
      >
        <InputNumber style={{ width: '100%' }} data-testid="report-value" />
      </Form.Item>
      {existing !== null && (
        <Form.Item
          name="correctionReason"
          label={t('correctionReason')}
          rules={[{ required: true, message: t('correctionRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('remark')}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
