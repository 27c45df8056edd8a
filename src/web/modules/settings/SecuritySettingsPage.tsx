import { Alert, App, Button, Card, Form, InputNumber, Switch } from 'antd';
import { useEffect, useState } from 'react';
import type { SecurityPolicy } from '../../../core/enums';
import { get, put } from '../../api';
import { useI18n } from '../../i18n';

const NUMBER_FIELDS = [
  'passwordMinLength',
  'passwordMinClasses',
  'maxFailedAttempts',
  'lockoutMinutes',
  'idleTimeoutMinutes',
] as const;

export function SecuritySettingsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<SecurityPolicy>();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<SecurityPolicy>('/api/settings/security').then((p) => form.setFieldsValue(p));
  }, [form]);

  async function submit(v: SecurityPolicy) {
    setError(null);
    try {
      form.setFieldsValue(await put<SecurityPolicy>('/api/settings/security', v));
      message.success(t('saved'));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <Card title={t('securitySettings')} style={{ maxWidth: 560 }}>
      {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="horizontal" labelCol={{ span: 12 }} onFinish={submit}>
        {NUMBER_FIELDS.map((f) => (
          <Form.Item key={f} name={f} label={t(f)} rules={[{ required: true }]}>
            <InputNumber min={1} />
          </Form.Item>
        ))}
        <Form.Item
          name="forcePasswordChangeOnFirstSignIn"
          label={t('forcePasswordChangeOnFirstSignIn')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('save')}
        </Button>
      </Form>
    </Card>
  );
}
