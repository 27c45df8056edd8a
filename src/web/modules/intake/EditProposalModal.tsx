import { Form, Input, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useIntakeT } from './messages';
import type { ProposalView, ReviewOp } from './types';

export type UnitOption = { value: string; label: string };

/** Edits one proposal (editing accepts it); a task can also be split into several. */
export function EditProposalModal({
  p,
  mode,
  units,
  onClose,
  onSubmit,
}: {
  p: ProposalView;
  mode: 'edit' | 'split';
  units: UnitOption[];
  onClose(): void;
  onSubmit(op: ReviewOp): Promise<void>;
}) {
  const t = useIntakeT();
  const unitSelect = (
    <Select mode="multiple" options={units} optionFilterProp="label" data-testid="edit-units" />
  );
  if (mode === 'split' && p.kind === 'task') {
    return (
      <FormModal<{ titles: string }>
        title={`${t('split')} ${p.id}`}
        onClose={onClose}
        initialValues={{ titles: `${p.title}\n${p.title}` }}
        onSubmit={(v) =>
          onSubmit({
            op: 'split',
            id: p.id,
            titles: v.titles
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
          })
        }
      >
        <Form.Item name="titles" label={t('splitHint')} rules={[{ required: true }]}>
          <Input.TextArea rows={6} />
        </Form.Item>
      </FormModal>
    );
  }
  if (p.kind === 'task') {
    return (
      <FormModal<Record<string, unknown>>
        title={`${t('edit')} ${p.id}`}
        onClose={onClose}
        initialValues={{
          title: p.title,
          content: p.content,
          leadUnitIds: p.leadUnitIds,
          cooperatingUnitIds: p.cooperatingUnitIds,
          leadLeader: p.leadLeader,
          due: p.deadline.due ?? '',
          complexity: p.deadline.complexity,
        }}
        onSubmit={(v) =>
          onSubmit({
            op: 'edit',
            id: p.id,
            changes: { ...v, due: (v.due as string) || null },
          })
        }
      >
        <Form.Item name="title" label={t('taskTitle')} rules={[{ required: true }]}>
          <Input data-testid="edit-title" />
        </Form.Item>
        <Form.Item name="leadUnitIds" label={t('lead')}>
          {unitSelect}
        </Form.Item>
        <Form.Item name="cooperatingUnitIds" label={t('coop')}>
          <Select mode="multiple" options={units} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="leadLeader" label={t('leader')}>
          <Input />
        </Form.Item>
        <Form.Item name="due" label={`${t('deadline')}（YYYY-MM-DD）`}>
          <Input placeholder="2026-12-31" />
        </Form.Item>
        <Form.Item name="complexity" label={t('complexity')}>
          <Select
            options={[
              { value: 'ordinary', label: t('ordinary') },
              { value: 'complex', label: t('complex') },
            ]}
          />
        </Form.Item>
        <Form.Item name="content" label={t('content')}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </FormModal>
    );
  }
  const field = p.kind === 'target' ? 'wording' : 'name';
  return (
    <FormModal<Record<string, string>>
      title={`${t('edit')} ${p.id}`}
      onClose={onClose}
      initialValues={{ [field]: p.kind === 'target' ? p.wording : p.name }}
      onSubmit={(v) => onSubmit({ op: 'edit', id: p.id, changes: { [field]: v[field] } })}
    >
      <Form.Item name={field} label={t(field)} rules={[{ required: true }]}>
        <Input data-testid="edit-wording" />
      </Form.Item>
    </FormModal>
  );
}
