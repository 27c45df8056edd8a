import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { post } from '../../api';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';

export function ChangePasswordPage() {
  const { t } = useI18n();
  const { me, refresh } = useAuth();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();

  async function submit(v: { currentPassword: string; newPassword: string }) {
    setError(null);
    try {
      await post('/api/auth/password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      });
      message.success(t('passwordChanged'));
      form.resetFields();
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <Card title={t('changePassword')} style={{ maxWidth: 480 }}>
      {me?.mustChangePassword && (
        <Alert type="warning" title={t('mustChangePassword')} style={{ marginBottom: 16 }} />
      )}
      {error && (
        <Alert
          type="error"
          title={error}
          style={{ marginBottom: 16 }}
          data-testid="password-error"
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="currentPassword"
          label={t('currentPassword')}
          rules={[{ required: true, message: t('required', { field: t('currentPassword') }) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('newPassword')}
          extra={t('passwordRule')}
          rules={[{ required: true, message: t('required', { field: t('newPassword') }) }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('required', { field: t('confirmPassword') }) },
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                !v || v === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('passwordsDiffer'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('save')}
        </Button>
      </Form>
    </Card>
  );
}
