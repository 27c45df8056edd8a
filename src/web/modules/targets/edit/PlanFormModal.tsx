import { Alert, Form, Input, InputNumber, Modal, TreeSelect } from 'antd';
import { useState } from 'react';
import { post } from '../../../api';
import { useUnitTreeOptions } from '../../../components/useUnits';
import type { Plan } from '../types';

/** New annual plan: the unit it belongs to, the year, its title and where it was published. */
export function PlanFormModal({ onClose, onSaved }: { onClose(): void; onSaved(p: Plan): void }) {
  const [form] = Form.useForm();
  const units = useUnitTreeOptions();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  async function submit() {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const plan = await post<Plan>('/api/target-plans', {
        unitId: v.unitId,
        year: v.year,
        title: v.title,
        source: v.source || null,
      });
      onSaved(plan);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal
      open
      title="新建目标计划"
      onOk={submit}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'plan-submit' } as Record<string, string>}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: new Date().getFullYear(), title: '经济社会发展主要预期目标' }}
      >
        <Form.Item
          name="unitId"
          label="计划所属单位"
          rules={[{ required: true, message: '请选择单位' }]}
        >
          <TreeSelect
            treeData={units}
            showSearch
            treeNodeFilterProp="title"
            treeDefaultExpandAll
            placeholder="选择单位"
            data-testid="plan-unit"
          />
        </Form.Item>
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} data-testid="plan-year" />
        </Form.Item>
        <Form.Item
          name="title"
          label="计划名称"
          rules={[{ required: true, message: '请填写名称' }]}
        >
          <Input maxLength={80} data-testid="plan-title" />
        </Form.Item>
        <Form.Item name="source" label="出处" extra="如：某某日报、政府工作报告">
          <Input.TextArea maxLength={500} rows={2} data-testid="plan-source" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
