import { KeyOutlined, LogoutOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { useI18n } from '../i18n';
import { ChangePasswordPage } from '../modules/auth/ChangePasswordPage';
import { APP_ROUTES } from '../routes';
import { ExportsProvider, ExportTray } from './ExportTray';
import { NotificationBell } from './NotificationBell';

/** The frame around every page: menu by role, user menu, language switch. */
export function AppShell() {
  const { me, hasRole, signOut } = useAuth();
  const { t, lang, setLang } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  if (!me) return null;

  const business = hasRole('supervisor', 'leader', 'liaison', 'viewer');
  const visible = APP_ROUTES.filter((r) => !r.roles || hasRole(...r.roles));
  const selected = visible
    .filter(
      (r) =>
        !r.hidden &&
        (r.path === '/' ? location.pathname === '/' : location.pathname.startsWith(r.path)),
    )
    .map((r) => r.path);

  return (
    <ExportsProvider enabled={business}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider width={208} theme="light" breakpoint="lg" collapsedWidth={0}>
          <div style={{ padding: '16px 24px', fontSize: 20, fontWeight: 600, color: '#c8102e' }}>
            {t('appName')}
          </div>
          <Menu
            mode="inline"
            selectedKeys={selected}
            data-testid="nav"
            items={visible
              .filter((r) => !r.hidden)
              .map((r) => ({
                key: r.path,
                icon: r.icon,
                label: t(r.label),
                'data-testid': `nav-${r.path}`,
              }))}
            onClick={(e) => navigate(e.key)}
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header
            style={{
              background: '#fff',
              display: 'flex',
              justifyContent: 'flex-end',
              alignItems: 'center',
              paddingInline: 24,
            }}
          >
            <Space>
              {business && <ExportTray />}
              {business && <NotificationBell />}
              <Button
                icon={<TranslationOutlined />}
                type="text"
                onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
                data-testid="lang-switch"
              >
                {t('language')}
              </Button>
              <Dropdown
                menu={{
                  items: [
                    { key: 'password', icon: <KeyOutlined />, label: t('changePassword') },
                    { key: 'logout', icon: <LogoutOutlined />, label: t('signOut') },
                  ],
                  onClick: async ({ key }) => {
                    if (key === 'password') navigate('/password');
                    else await signOut();
                  },
                }}
              >
                <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
                  <Typography.Text>{me.displayName}</Typography.Text>
                </Button>
              </Dropdown>
            </Space>
          </Layout.Header>
          <Layout.Content style={{ margin: 24 }}>
            {me.mustChangePassword ? (
              <ChangePasswordPage />
            ) : (
              <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
                <Routes>
                  {visible.map((r) => (
                    <Route
                      key={r.path}
                      path={r.path === '/' ? '/' : `${r.path}/*`}
                      element={r.element}
                    />
                  ))}
                  <Route path="/password" element={<ChangePasswordPage />} />
                  <Route path="*" element={<Navigate to="/" replace />} />
                </Routes>
              </Suspense>
            )}
          </Layout.Content>
        </Layout>
      </Layout>
    </ExportsProvider>
  );
}
