import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { post } from '../../api';

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
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  async function submit() {
    const v = await form.validateFields();
    try {
      await post(`/api/targets/${targetId}/reports`, {
        period,
        value: v.value,
        note: v.note || undefined,
        correctionReason: v.correctionReason || undefined,
      });
      onSaved();
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return (
    <Modal
      open
      title={title}
      onOk={submit}
      onCancel={onClose}
      okText="提交"
      cancelText="取消"
      okButtonProps={{ 'data-testid': 'report-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ value: existing ?? undefined }}>
        <Form.Item
          name="value"
          label={`累计完成值（${measureUnit}）`}
          rules={[{ required: true, message: '请填写完成值' }]}
        >
          <InputNumber style={{ width: '100%' }} data-testid="report-value" />
        </Form.Item>
        {existing !== null && (
          <Form.Item
            name="correctionReason"
            label="更正原因"
            rules={[{ required: true, message: '更正已报数据需要填写原因' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item name="note" label="备注">
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
