// The pages the user may open, as a list of links (the current one marked).
import { ApartmentOutlined, AuditOutlined, BankOutlined, CalendarOutlined, CheckSquareOutlined, DashboardOutlined, FileTextOutlined,
  MailOutlined, ProfileOutlined, SettingOutlined, TableOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router-dom';

import type { Me } from '../features/auth/api';
import { can } from '../features/auth/session';
import { useI18n, type WordKey } from '../i18n';
import { paths } from '../paths';

interface Item { to: string; icon: ReactNode; label: WordKey; permission?: string; keepSelection?: boolean }

const items: Item[] = [
  { to: paths.dashboard, icon: <DashboardOutlined />, label: 'dashboard', keepSelection: true },
  { to: paths.targets, icon: <TableOutlined />, label: 'targets', permission: 'targets.read', keepSelection: true },
  { to: paths.tasks, icon: <CheckSquareOutlined />, label: 'tasks', permission: 'tasks.read', keepSelection: true },
  { to: paths.directives, icon: <ProfileOutlined />, label: 'directives', permission: 'tasks.read' },
  { to: paths.projects, icon: <BankOutlined />, label: 'projectsMenu', permission: 'projects.read', keepSelection: true },
  { to: paths.oversight, icon: <AuditOutlined />, label: 'oversightMenu', permission: 'oversight.read', keepSelection: true },
  { to: paths.petitions, icon: <MailOutlined />, label: 'petitions', permission: 'petitions.read' },
  { to: paths.reports, icon: <FileTextOutlined />, label: 'reports', permission: 'targets.read', keepSelection: true },
  { to: paths.units, icon: <ApartmentOutlined />, label: 'units' },
  { to: paths.calendar, icon: <CalendarOutlined />, label: 'calendar' },
  { to: paths.admin, icon: <SettingOutlined />, label: 'admin', permission: 'users.manage' },
];

// The unit and period chosen on one page go along to the pages that show a unit and period.
function carried(search: string): string {
  const from = new URLSearchParams(search);
  const to = new URLSearchParams();
  for (const key of ['unit', 'period']) {
    const v = from.get(key);
    if (v) to.set(key, v);
  }
  const q = to.toString();
  return q ? `?${q}` : '';
}

export function Nav({ me }: { me: Me }) {
  const { t } = useI18n();
  const { search } = useLocation();
  return (
    <nav aria-label={t('mainMenu')} className="app-nav">
      <ul>
        {items.filter((i) => !i.permission || can(me, i.permission)).map((i) => (
          <li key={i.to}>
            <NavLink to={i.to + (i.keepSelection ? carried(search) : '')} end={i.to === paths.dashboard}>
              <span aria-hidden="true">{i.icon}</span><span>{t(i.label)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
