import { Form, Input, InputNumber, TreeSelect } from 'antd';
import { post } from '../../../api';
import { FormModal } from '../../../components/FormModal';
import { useUnitTreeOptions } from '../../../components/useUnits';
import type { Plan } from '../types';
import { useDialogT } from './dialog-messages';

/** New annual plan: the unit it belongs to, the year, its title and where it was published. */
export function PlanFormModal({ onClose, onSaved }: { onClose(): void; onSaved(p: Plan): void }) {
  const units = useUnitTreeOptions();
  const t = useDialogT();
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
      title={t('newPlan')}
      okTestId="plan-submit"
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ year: new Date().getFullYear(), title: '经济社会发展主要预期目标' }}
    >
      <Form.Item
        name="unitId"
        label={t('planUnit')}
        rules={[{ required: true, message: t('chooseUnit') }]}
      >
        <TreeSelect
          treeData={units}
          showSearch
          treeNodeFilterProp="title"
          treeDefaultExpandAll
          placeholder={t('pickUnit')}
          data-testid="plan-unit"
        />
      </Form.Item>
      <Form.Item name="year" label={t('year')} rules={[{ required: true, message: t('yearRequired') }]}>
        <InputNumber min={2000} max={2100} precision={0} data-testid="plan-year" />
      </Form.Item>
      <Form.Item name="title" label={t('planTitle')} rules={[{ required: true, message: t('planTitleRequired') }]}>
        <Input maxLength={80} data-testid="plan-title" />
      </Form.Item>
      <Form.Item name="source" label={t('source')} extra={t('sourceExtra')}>
        <Input.TextArea maxLength={500} rows={2} data-testid="plan-source" />
      </Form.Item>
    </FormModal>
  );
}
