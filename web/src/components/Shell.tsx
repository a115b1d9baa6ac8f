// The frame around every page: a skip link, the pages the user may open (a side column on wide
// screens, a drawer over the content on narrow ones that closes once a page is chosen), the user,
// the search box, the language switch, and the page itself as the main landmark.
import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Grid, Layout, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

import { logout } from '../features/auth/api';
import type { Me } from '../features/auth/api';
import { SearchBox } from '../features/search/SearchBox';
import { useI18n } from '../i18n';
import { paths } from '../paths';
import { brand } from '../theme';
import { Nav } from './Nav';

export function Shell({ me, children }: { me: Me; children: ReactNode }) {
  const { t, name, toggle } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const wide = Grid.useBreakpoint().lg ?? true;
  const [drawer, setDrawer] = useState(false);
  useEffect(() => setDrawer(false), [location.pathname, location.search]);

  async function signOut() {
    await logout();
    queryClient.clear();
    navigate(paths.login);
  }

  const user = `${me.display_name ?? me.username} · ${name('role', me.role)}`;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      {wide && (
        <Layout.Sider theme="light" width={220} style={{ borderRight: '1px solid #f0f0f0' }}>
          <div style={{ padding: '16px 20px' }}>
            <div style={{ fontSize: 22, fontWeight: 600, color: brand }}>{t('appName')}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('appTagline')}</Typography.Text>
          </div>
          <Nav me={me} />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header className="app-header">
          {!wide && (
            <>
              <Button type="text" icon={<MenuOutlined />} aria-label={t('menu')} aria-expanded={drawer} onClick={() => setDrawer(true)}
                data-testid="open-menu" />
              <span style={{ fontSize: 18, fontWeight: 600, color: brand }}>{t('appName')}</span>
            </>
          )}
          <SearchBox />
          <span style={{ flex: wide ? 1 : 0 }} />
          {wide && <Typography.Text data-testid="current-user" ellipsis style={{ maxWidth: 360 }}>{user}</Typography.Text>}
          <Button size="small" onClick={toggle} data-testid="language" lang={t('language') === 'English' ? 'en' : 'vi'}>{t('language')}</Button>
          {wide && <Button size="small" icon={<LogoutOutlined />} onClick={signOut}>{t('logout')}</Button>}
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="app-main" role="main">{children}</Layout.Content>
      </Layout>
      {!wide && (
        <Drawer open={drawer} onClose={() => setDrawer(false)} placement="left" width={280} title={t('appName')}
          styles={{ body: { padding: 0 } }}>
          <Nav me={me} />
          <div style={{ padding: 16, borderTop: '1px solid #f0f0f0' }}>
            <Typography.Paragraph data-testid="current-user">{user}</Typography.Paragraph>
            <Button icon={<LogoutOutlined />} onClick={signOut}>{t('logout')}</Button>
          </div>
        </Drawer>
      )}
    </Layout>
  );
}
