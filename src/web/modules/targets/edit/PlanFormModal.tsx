import { Form, Input, InputNumber, TreeSelect } from 'antd';
import { post } from '../../../api';
import { FormModal } from '../../../components/FormModal';
import { useUnitTreeOptions } from '../../../components/useUnits';
import type { Plan } from '../types';

/** New annual plan: the unit it belongs to, the year, its title and where it was published. */
export function PlanFormModal({ onClose, onSaved }: { onClose(): void; onSaved(p: Plan): void }) {
  const units = useUnitTreeOptions();
  async function submit(v: { unitId: string; year: number; title: string; source?: string }) {
    const plan = await post<Plan>('/api/target-plans', {
      unitId: v.unitId,
      year: v.year,
      title: v.title,
      source: v.source || null,
    });
    onSaved(plan);
  }
  return (
    <FormModal
      title="新建目标计划"
      okTestId="plan-submit"
      onClose={onClose}
      onSubmit={submit}
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
      <Form.Item name="title" label="计划名称" rules={[{ required: true, message: '请填写名称' }]}>
        <Input maxLength={80} data-testid="plan-title" />
      </Form.Item>
      <Form.Item name="source" label="出处" extra="如：某某日报、政府工作报告">
        <Input.TextArea maxLength={500} rows={2} data-testid="plan-source" />
      </Form.Item>
    </FormModal>
  );
}
