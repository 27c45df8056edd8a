import { App, Form, Input, Select, TreeSelect } from 'antd';
import { FormModal } from '../../components/FormModal';
import { ROLES, ROLE_LABELS } from '../../../core/enums';
import { post } from '../../api';
import { useUnitTreeOptions } from '../../components/useUnits';
import { useI18n } from '../../i18n';
import type { PersonView } from '../../types';

export function PersonFormModal({
  onClose,
  onSaved,
}: {
  onClose(): void;
  onSaved(p: PersonView): Promise<void>;
}) {
  const { t } = useI18n();
  const unitOptions = useUnitTreeOptions();
  return (
    <FormModal
      title={t('addPerson')}
      onClose={onClose}
      onSubmit={async (v: Record<string, string | undefined>) =>
        onSaved(
          await post<PersonView>('/api/people', {
            ...v,
            initialPassword: v.initialPassword || undefined,
          }),
        )
      }
    >
      <Form.Item
        name="username"
        label={t('username')}
        rules={[{ required: true, message: t('required', { field: t('username') }) }]}
      >
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('displayName')}
        rules={[{ required: true, message: t('required', { field: t('displayName') }) }]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item
        name="unitId"
        label={t('homeUnit')}
        rules={[{ required: true, message: t('required', { field: t('homeUnit') }) }]}
      >
        <TreeSelect treeData={unitOptions} showSearch treeNodeFilterProp="title" />
      </Form.Item>
      <Form.Item name="initialPassword" label={t('password')} extra={t('passwordRule')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}

export function GrantRoleModal({
  person,
  onClose,
  onSaved,
}: {
  person: PersonView;
  onClose(): void;
  onSaved(): Promise<void>;
}) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const unitOptions = useUnitTreeOptions();
  return (
    <FormModal
      title={`${t('grantRole')}：${person.displayName}`}
      onClose={onClose}
      onSubmit={async (v) => {
        // An administrator role is a request (202) until a second administrator approves it.
        const r = await post<{ message?: string }>(`/api/people/${person.id}/roles`, v);
        if (r?.message) message.info(r.message);
        await onSaved();
      }}
    >
      <Form.Item
        name="role"
        label={t('role')}
        rules={[{ required: true, message: t('required', { field: t('role') }) }]}
      >
        <Select options={ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))} />
      </Form.Item>
      <Form.Item
        name="unitId"
        label={t('roleUnit')}
        rules={[{ required: true, message: t('required', { field: t('roleUnit') }) }]}
      >
        <TreeSelect treeData={unitOptions} showSearch treeNodeFilterProp="title" />
      </Form.Item>
    </FormModal>
  );
}
