import { Form, Input, Select, TreeSelect } from 'antd';
import {
  RANKING_GROUPS,
  RANKING_GROUP_LABELS,
  UNIT_KINDS,
  UNIT_KIND_LABELS,
} from '../../../core/enums';
import { patch, post } from '../../api';
import { FormModal } from '../../components/FormModal';
import { buildTree, toTreeOptions } from '../../components/useUnits';
import { useI18n } from '../../i18n';
import type { UnitView } from '../../types';

export type UnitFormMode = 'create' | 'edit' | 'move';

/** Create a sub-unit, rename/regroup a unit, or move it under another parent. */
export function UnitFormModal({
  mode,
  unit,
  units,
  onClose,
  onSaved,
}: {
  mode: UnitFormMode;
  unit: UnitView;
  units: UnitView[];
  onClose(): void;
  onSaved(): Promise<void>;
}) {
  const { t, label } = useI18n();
  const title = { create: t('addUnit'), edit: t('rename'), move: t('move') }[mode];
  const groupOptions = RANKING_GROUPS.map((g) => ({
    value: g,
    label: label(RANKING_GROUP_LABELS[g]),
  }));

  async function submit(v: Record<string, string | null | undefined>) {
    if (mode === 'create')
      await post('/api/units', { ...v, parentId: unit.id, rankingGroup: v.rankingGroup ?? null });
    else if (mode === 'edit')
      await patch(`/api/units/${unit.id}`, {
        name: v.name,
        rankingGroup: v.rankingGroup ?? null,
      });
    else await patch(`/api/units/${unit.id}`, { parentId: v.parentId });
    await onSaved();
  }

  const treeData = toTreeOptions(buildTree(units.filter((u) => u.active)));

  return (
    <FormModal
      title={title}
      onClose={onClose}
      onSubmit={submit}
      initialValues={
        mode === 'edit'
          ? { name: unit.name, rankingGroup: unit.rankingGroup }
          : { kind: 'department' }
      }
    >
      {mode !== 'move' && (
        <Form.Item
          name="name"
          label={t('name')}
          rules={[{ required: true, message: t('required', { field: t('name') }) }]}
        >
          <Input maxLength={60} />
        </Form.Item>
      )}
      {mode === 'create' && (
        <>
          <Form.Item
            name="code"
            label={t('code')}
            rules={[{ required: true, message: t('required', { field: t('code') }) }]}
          >
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="kind" label={t('kind')}>
            <Select
              options={UNIT_KINDS.map((k) => ({ value: k, label: label(UNIT_KIND_LABELS[k]) }))}
            />
          </Form.Item>
        </>
      )}
      {mode !== 'move' && (
        <Form.Item name="rankingGroup" label={t('rankingGroup')}>
          <Select allowClear options={groupOptions} />
        </Form.Item>
      )}
      {mode === 'move' && (
        <Form.Item
          name="parentId"
          label={t('parentUnit')}
          rules={[{ required: true, message: t('required', { field: t('parentUnit') }) }]}
        >
          <TreeSelect treeData={treeData} showSearch treeNodeFilterProp="title" />
        </Form.Item>
      )}
    </FormModal>
  );
}
