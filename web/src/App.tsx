import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router-dom';

import { setApiLanguage } from './api/client';
import { Shell } from './components/Shell';
import { errorText, NotFound } from './components/States';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { LoginPage } from './features/auth/LoginPage';
import { useMe } from './features/auth/session';
import { useI18n } from './i18n';
import { paths } from './paths';
import { theme } from './theme';

// Pages used less often are loaded when first opened.
const PresentationPage = lazy(() => import('./features/dashboard/PresentationPage'));
const TargetsPage = lazy(() => import('./features/targets/TargetsPage'));
const ReadReportPage = lazy(() => import('./features/targets/ReadReportPage'));
const UnitsPage = lazy(() => import('./features/units/UnitsPage'));
const AdminPage = lazy(() => import('./features/admin/AdminPage'));
const TasksPage = lazy(() => import('./features/tasks/TasksPage'));
const DirectivesPage = lazy(() => import('./features/tasks/DirectivesPage'));
const CalendarPage = lazy(() => import('./features/calendar/CalendarPage'));
const PetitionsPage = lazy(() => import('./features/petitions/PetitionsPage'));
const ProjectsPage = lazy(() => import('./features/projects/ProjectsPage'));
const ProjectPage = lazy(() => import('./features/projects/ProjectPage'));
const OversightPage = lazy(() => import('./features/oversight/OversightPage'));
const ReportsPage = lazy(() => import('./features/reports/ReportsPage'));
const OpenDataPage = lazy(() => import('./features/reports/OpenDataPage'));
const LookupPage = lazy(() => import('./features/petitions/LookupPage'));
const SearchPage = lazy(() => import('./features/search/SearchPage'));

function Loading() {
  const { t } = useI18n();
  return <Spin style={{ display: 'block', margin: '64px auto' }} tip={t('loading')}><div /></Spin>;
}

const lazyPage = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

// Pages behind the login: anyone without a session goes to the login page and comes back.
function RequireLogin({ framed = true }: { framed?: boolean }) {
  const me = useMe();
  const location = useLocation();
  const { t } = useI18n();
  if (me.isPending) return <Loading />;
  if (me.error?.status === 401) {
    return <Navigate to={`${paths.login}?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  if (me.error) {
    return (
      <main><Result status="error" title={<h1 style={{ fontSize: 24 }}>{t('error')}</h1>} subTitle={errorText(me.error, t)}
        extra={<Button type="primary" onClick={() => me.refetch()}>{t('retry')}</Button>} /></main>
    );
  }
  if (!framed) return lazyPage(<Outlet />);
  return <Shell me={me.data}>{lazyPage(<Outlet />)}</Shell>;
}

export function App() {
  const { lang } = useI18n();
  useEffect(() => {
    setApiLanguage(lang);
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={theme}>
      <AntApp>
        {/* react-router 6 (it runs on Debian 12's Node 18; 7 needs Node 20), with 7's behaviour. */}
        <BrowserRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
          <Routes>
            <Route path={paths.login} element={<LoginPage />} />
            <Route path={paths.lookup} element={lazyPage(<LookupPage />)} />
            <Route path={paths.openData} element={lazyPage(<OpenDataPage />)} />
            <Route element={<RequireLogin framed={false} />}>
              <Route path={paths.presentation} element={<PresentationPage />} />
            </Route>
            <Route element={<RequireLogin />}>
              <Route index element={<Navigate to={paths.dashboard} replace />} />
              <Route path={paths.dashboard} element={<DashboardPage />} />
              <Route path={paths.targets} element={<TargetsPage />} />
              <Route path={paths.readReport} element={<ReadReportPage />} />
              <Route path={paths.tasks} element={<TasksPage />} />
              <Route path={paths.directives} element={<DirectivesPage />} />
              <Route path={paths.petitions} element={<PetitionsPage />} />
              <Route path={paths.projects} element={<ProjectsPage />} />
              <Route path={`${paths.projects}/:code`} element={<ProjectPage />} />
              <Route path={paths.oversight} element={<OversightPage />} />
              <Route path={paths.reports} element={<ReportsPage />} />
              <Route path={paths.units} element={<UnitsPage />} />
              <Route path={paths.calendar} element={<CalendarPage />} />
              <Route path={paths.admin} element={<AdminPage />} />
              <Route path={paths.search} element={<SearchPage />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
