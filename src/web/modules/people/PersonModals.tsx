import { Alert, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useState } from 'react';
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
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const unitOptions = useUnitTreeOptions();
  async function submit() {
    const v = await form.validateFields();
    try {
      await onSaved(
        await post<PersonView>('/api/people', {
          ...v,
          initialPassword: v.initialPassword || undefined,
        }),
      );
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return (
    <Modal
      open
      title={t('addPerson')}
      onOk={submit}
      onCancel={onClose}
      okText={t('save')}
      cancelText={t('cancel')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical">
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
      </Form>
    </Modal>
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
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const unitOptions = useUnitTreeOptions();
  async function submit() {
    const v = await form.validateFields();
    try {
      await post(`/api/people/${person.id}/roles`, v);
      await onSaved();
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return (
    <Modal
      open
      title={`${t('grantRole')}：${person.displayName}`}
      onOk={submit}
      onCancel={onClose}
      okText={t('save')}
      cancelText={t('cancel')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical">
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
      </Form>
    </Modal>
  );
}
