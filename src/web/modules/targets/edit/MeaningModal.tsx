import { Alert, Descriptions, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { put } from '../../../api';
import { useI18n } from '../../../i18n';
import { describeParsed, type ParsedWording } from '../../../../core/targets/wording';
import type { Target } from '../types';
import {
  COMPARATOR_OPTIONS,
  fromFields,
  KIND_OPTIONS,
  LEVEL_OPTIONS,
  MEASURE_OPTIONS,
  REFERENCE_OPTIONS,
  toFields,
  type Option,
  type ParsedFields,
} from './parsedForm';
import { useDialogT } from './dialog-messages';

/**
 * 修正解读: a supervisor states what the words mean when Luoshi read them wrongly or could not
 * read them. The automatic reading stays on record next to the correction; a reason is required.
 */
export function MeaningModal({
  target,
  tolerance,
  onClose,
  onSaved,
}: {
  target: Target;
  tolerance?: number;
  onClose(): void;
  onSaved(t: Target): void;
}) {
  const t = useDialogT();
  const { lang, label } = useI18n();
  const local = (options: Option[]) => options.map((o) => ({ value: o.value, label: label(o.label) }));
  const [form] = Form.useForm<ParsedFields & { reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const values = Form.useWatch([], form) as (ParsedFields & { reason?: string }) | undefined;
  const opts = {
    tolerance,
    direction: target.indicator.direction as 'higher_better' | 'lower_better',
  };
  const auto = describeParsed(target.parsedAuto as ParsedWording, lang, opts);
  const next = values ? fromFields(values, target.wording) : null;
  const kind = values?.kind;
  const comparator = values?.comparator;

  async function submit() {
    const v = await form.validateFields();
    const parsed = fromFields(v, target.wording);
    if (!parsed) return setError(t('meaningIncomplete'));
    setSaving(true);
    try {
      onSaved(await put<Target>(`/api/targets/${target.id}/meaning`, { parsed, reason: v.reason }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      width={640}
      title={t('meaning')}
      onOk={submit}
      onCancel={onClose}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'meaning-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('original')}>{target.wording}</Descriptions.Item>
        <Descriptions.Item label={t('autoReading')}>
          <span data-testid="meaning-auto">{auto}</span>
        </Descriptions.Item>
        {target.parsedBy === 'person' && (
          <Descriptions.Item label={t('currentPerson')}>
            {target.meaning}（{target.overrideReason}）
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('corrected')}>
          <span data-testid="meaning-next">{next ? describeParsed(next, lang, opts) : '—'}</span>
        </Descriptions.Item>
      </Descriptions>
      <Form
        form={form}
        layout="vertical"
        initialValues={toFields(target.parsed as ParsedWording, target.indicator.measureUnit)}
      >
        <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
          <Select options={local(KIND_OPTIONS)} data-testid="meaning-kind" />
        </Form.Item>
        {kind === 'numeric' && (
          <>
            <Space wrap>
              <Form.Item name="measure" label={t('measure')} rules={[{ required: true }]}>
                <Select options={local(MEASURE_OPTIONS)} style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name="comparator" label={t('comparator')} rules={[{ required: true }]}>
                <Select
                  options={local(COMPARATOR_OPTIONS)}
                  style={{ width: 200 }}
                  data-testid="meaning-comparator"
                />
              </Form.Item>
              <Form.Item name="unit" label={t('unit')}>
                <Input style={{ width: 100 }} maxLength={20} />
              </Form.Item>
            </Space>
            {comparator === 'range' ? (
              <Space>
                <Form.Item name="low" label={t('low')} rules={[{ required: true, message: t('fill') }]}>
                  <InputNumber data-testid="meaning-low" />
                </Form.Item>
                <Form.Item name="high" label={t('high')} rules={[{ required: true, message: t('fill') }]}>
                  <InputNumber data-testid="meaning-high" />
                </Form.Item>
              </Space>
            ) : (
              <Form.Item
                name="value"
                label={t('value')}
                extra={t('valueExtra')}
                rules={[{ required: true, message: t('valueRequired') }]}
              >
                <InputNumber data-testid="meaning-value" />
              </Form.Item>
            )}
          </>
        )}
        {kind === 'control' && (
          <Form.Item name="level" label={t('level')} rules={[{ required: true }]}>
            <Select options={local(LEVEL_OPTIONS)} />
          </Form.Item>
        )}
        {kind === 'reference' && (
          <Space wrap>
            <Form.Item name="refComparator" label={t('comparator')} rules={[{ required: true }]}>
              <Select options={local(COMPARATOR_OPTIONS.slice(0, 4))} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="reference" label={t('reference')} rules={[{ required: true }]}>
              <Select options={local(REFERENCE_OPTIONS)} style={{ width: 200 }} />
            </Form.Item>
          </Space>
        )}
        <Form.Item
          name="reason"
          label={t('reason')}
          rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
        >
          <Input.TextArea maxLength={500} rows={2} data-testid="meaning-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
