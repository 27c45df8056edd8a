import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { post } from '../../api';
import { useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import { useAuthT } from './messages';

const GROUP: Record<string, 'supervisor' | 'leader' | 'viewer' | 'liaison' | 'admin'> = {
  supervisor: 'supervisor',
  leader: 'leader',
  viewer: 'viewer',
  liaison: 'liaison',
};

export function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const at = useAuthT();
  const { refresh, demo } = useAuth();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      await post('/api/auth/login', values);
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}
    >
      <Card style={{ width: 420 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          {t('appName')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('appTagline')}
        </Typography.Paragraph>
        {error && (
          <Alert
            type="error"
            title={error}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <div style={{ textAlign: 'right', marginTop: -8 }}>
          <Button type="link" size="small" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t('language')}
          </Button>
        </div>
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('username')}
            rules={[{ required: true, message: t('required', { field: t('username') }) }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" data-testid="login-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('password')}
            rules={[{ required: true, message: t('required', { field: t('password') }) }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('signIn')}
          </Button>
        </Form>
        {demo && (
          <div style={{ marginTop: 16 }} data-testid="demo-accounts">
            <Typography.Text strong>{at('demoTitle')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
              {at('demoHint', { password: demo.password })}
            </Typography.Paragraph>
            <Space size={[4, 6]} wrap>
              {demo.accounts.map((a) => (
                <Tag
                  key={a.username}
                  style={{ cursor: 'pointer' }}
                  title={a.displayName}
                  data-testid={`demo-${a.username}`}
                  onClick={() =>
                    form.setFieldsValue({ username: a.username, password: demo.password })
                  }
                >
                  {a.username} · {at(GROUP[a.roles[0] ?? ''] ?? 'admin')}
                </Tag>
              ))}
            </Space>
          </div>
        )}
      </Card>
    </div>
  );
}
