import { Alert, Descriptions, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { put } from '../../../api';
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
  type ParsedFields,
} from './parsedForm';

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
  const [form] = Form.useForm<ParsedFields & { reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const values = Form.useWatch([], form) as (ParsedFields & { reason?: string }) | undefined;
  const opts = {
    tolerance,
    direction: target.indicator.direction as 'higher_better' | 'lower_better',
  };
  const auto = describeParsed(target.parsedAuto as ParsedWording, 'zh', opts);
  const next = values ? fromFields(values, target.wording) : null;
  const kind = values?.kind;
  const comparator = values?.comparator;

  async function submit() {
    const v = await form.validateFields();
    const parsed = fromFields(v, target.wording);
    if (!parsed) return setError('请把含义填写完整');
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
      title="修正解读"
      onOk={submit}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'meaning-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="原文">{target.wording}</Descriptions.Item>
        <Descriptions.Item label="系统解读">
          <span data-testid="meaning-auto">{auto}</span>
        </Descriptions.Item>
        {target.parsedBy === 'person' && (
          <Descriptions.Item label="当前（人工）">
            {target.meaning}（{target.overrideReason}）
          </Descriptions.Item>
        )}
        <Descriptions.Item label="修正后">
          <span data-testid="meaning-next">{next ? describeParsed(next, 'zh', opts) : '—'}</span>
        </Descriptions.Item>
      </Descriptions>
      <Form
        form={form}
        layout="vertical"
        initialValues={toFields(target.parsed as ParsedWording, target.indicator.measureUnit)}
      >
        <Form.Item name="kind" label="目标类型" rules={[{ required: true }]}>
          <Select options={KIND_OPTIONS} data-testid="meaning-kind" />
        </Form.Item>
        {kind === 'numeric' && (
          <>
            <Space wrap>
              <Form.Item name="measure" label="比较对象" rules={[{ required: true }]}>
                <Select options={MEASURE_OPTIONS} style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name="comparator" label="比较方式" rules={[{ required: true }]}>
                <Select
                  options={COMPARATOR_OPTIONS}
                  style={{ width: 200 }}
                  data-testid="meaning-comparator"
                />
              </Form.Item>
              <Form.Item name="unit" label="单位">
                <Input style={{ width: 100 }} maxLength={20} />
              </Form.Item>
            </Space>
            {comparator === 'range' ? (
              <Space>
                <Form.Item name="low" label="下限" rules={[{ required: true, message: '请填写' }]}>
                  <InputNumber data-testid="meaning-low" />
                </Form.Item>
                <Form.Item name="high" label="上限" rules={[{ required: true, message: '请填写' }]}>
                  <InputNumber data-testid="meaning-high" />
                </Form.Item>
              </Space>
            ) : (
              <Form.Item
                name="value"
                label="目标值"
                extra="下降写负数，如下降3% 写 -3"
                rules={[{ required: true, message: '请填写目标值' }]}
              >
                <InputNumber data-testid="meaning-value" />
              </Form.Item>
            )}
          </>
        )}
        {kind === 'control' && (
          <Form.Item name="level" label="控制目标由哪一级下达" rules={[{ required: true }]}>
            <Select options={LEVEL_OPTIONS} />
          </Form.Item>
        )}
        {kind === 'reference' && (
          <Space wrap>
            <Form.Item name="refComparator" label="比较方式" rules={[{ required: true }]}>
              <Select options={COMPARATOR_OPTIONS.slice(0, 4)} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="reference" label="参照" rules={[{ required: true }]}>
              <Select options={REFERENCE_OPTIONS} style={{ width: 200 }} />
            </Form.Item>
          </Space>
        )}
        <Form.Item
          name="reason"
          label="修正理由"
          rules={[{ required: true, whitespace: true, message: '请填写修正理由' }]}
        >
          <Input.TextArea maxLength={500} rows={2} data-testid="meaning-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
