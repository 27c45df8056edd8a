import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
// antd's styles as one static file (zeroRuntime below): no style is computed while a page
// renders, which took a good part of each first render on the 2-core machine (the cockpit's
// figures came about 80 ms sooner, e2e/cockpit-load.test.ts).
import 'antd/dist/antd.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AuthProvider, useAuth } from './auth';
import { I18nProvider, useI18n } from './i18n';
import { LoginPage } from './modules/auth/LoginPage';
import { startCockpitEarly } from './modules/cockpit/early';
import { AppShell } from './shell/AppShell';

function Root() {
  const { me, loading } = useAuth();
  if (loading) return <Spin style={{ display: 'block', marginTop: '40vh' }} />;
  return me ? <AppShell /> : <LoginPage />;
}

function Localised() {
  const { lang } = useI18n();
  // antd's zh_CN must come from antd/es/locale: the plain path falls back to English under Vite.
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#c8102e' }, zeroRuntime: true }}
    >
      <AntApp>
        <AuthProvider>
          <BrowserRouter>
            <Root />
          </BrowserRouter>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}

startCockpitEarly();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <Localised />
    </I18nProvider>
  </StrictMode>,
);
