// The frame around every page: the menu (by permission), the user, the language switch.
import { ApartmentOutlined, AuditOutlined, BankOutlined, FileTextOutlined, CalendarOutlined, CheckSquareOutlined, DashboardOutlined, MailOutlined, LogoutOutlined, SettingOutlined, TableOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Input, Layout, Menu, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';

import { api, setCsrfToken, type Me } from '../api';
import { paths } from '../paths';
import { useI18n } from '../i18n';
import { can } from '../session';

export function Shell({ me, children }: { me: Me; children: ReactNode }) {
  const { t, role, toggle } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [collapsed, setCollapsed] = useState(false);
  const search = location.search;

  const items = [
    { key: paths.dashboard, icon: <DashboardOutlined />, label: <Link to={paths.dashboard + search}>{t('dashboard')}</Link> },
    can(me, 'targets.read') && { key: paths.targets, icon: <TableOutlined />, label: <Link to={paths.targets + search}>{t('targets')}</Link> },
    can(me, 'tasks.read') && { key: paths.tasks, icon: <CheckSquareOutlined />, label: <Link to={paths.tasks}>{t('tasks')}</Link> },
    can(me, 'projects.read') && { key: paths.projects, icon: <BankOutlined />, label: <Link to={paths.projects}>{t('projectsMenu')}</Link> },
    can(me, 'oversight.read') && { key: paths.oversight, icon: <AuditOutlined />, label: <Link to={paths.oversight + search}>{t('oversightMenu')}</Link> },
    can(me, 'petitions.read') && { key: paths.petitions, icon: <MailOutlined />, label: <Link to={paths.petitions}>{t('petitions')}</Link> },
    can(me, 'targets.read') && { key: paths.reports, icon: <FileTextOutlined />, label: <Link to={paths.reports + search}>{t('reports')}</Link> },
    { key: paths.units, icon: <ApartmentOutlined />, label: <Link to={paths.units}>{t('units')}</Link> },
    { key: paths.calendar, icon: <CalendarOutlined />, label: <Link to={paths.calendar}>{t('calendar')}</Link> },
    can(me, 'users.manage') && { key: paths.admin, icon: <SettingOutlined />, label: <Link to={paths.admin}>{t('admin')}</Link> },
  ].filter(Boolean) as { key: string; icon: ReactNode; label: ReactNode }[];

  async function logout() {
    await api('POST', '/api/v1/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    queryClient.clear();
    navigate(paths.login);
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} collapsible collapsed={collapsed} onCollapse={setCollapsed}
        theme="light" zeroWidthTriggerStyle={{ top: 12 }}>
        <div style={{ padding: '16px 20px' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#b0245d' }}>{t('appName')}</Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('appTagline')}</Typography.Text>
        </div>
        <Menu mode="inline" selectedKeys={[items.find((i) => location.pathname.startsWith(i.key))?.key ?? location.pathname]} items={items} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 16px', display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 16 }}>
          <Input.Search key={location.pathname === paths.search ? 'search' : 'other'} allowClear style={{ maxWidth: 420 }}
            placeholder={t('searchPlaceholder')} aria-label={t('searchPlaceholder')} data-testid="search-box"
            defaultValue={location.pathname === paths.search ? new URLSearchParams(search).get('q') ?? '' : ''}
            onSearch={(q) => q.trim() && navigate(`${paths.search}?q=${encodeURIComponent(q.trim())}`)} />
          <Space wrap>
            <Typography.Text data-testid="current-user">
              {me.display_name ?? me.username} · {role(me.role)}
            </Typography.Text>
            <Button size="small" onClick={toggle} data-testid="language">{t('language')}</Button>
            <Button size="small" icon={<LogoutOutlined />} onClick={logout}>{t('logout')}</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
