import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router-dom';

import { setApiLanguage } from './api';
import { Shell } from './components/Shell';
import { useI18n } from './i18n';
import { paths } from './paths';
import { DashboardPage } from './pages/DashboardPage';
import { LoginPage } from './pages/LoginPage';
import { useMe } from './session';

// Pages used less often are loaded when first opened.
const TargetsPage = lazy(() => import('./pages/TargetsPage'));
const ReadReportPage = lazy(() => import('./pages/ReadReportPage'));
const UnitsPage = lazy(() => import('./pages/UnitsPage'));
const AdminPage = lazy(() => import('./pages/AdminPage'));
const TasksPage = lazy(() => import('./pages/TasksPage'));
const CalendarPage = lazy(() => import('./pages/CalendarPage'));
const PetitionsPage = lazy(() => import('./pages/PetitionsPage'));
const ProjectsPage = lazy(() => import('./pages/ProjectsPage'));
const ProjectPage = lazy(() => import('./pages/ProjectPage'));
const OversightPage = lazy(() => import('./pages/OversightPage'));
const ReportsPage = lazy(() => import('./pages/ReportsPage'));
const OpenDataPage = lazy(() => import('./pages/OpenDataPage').then((m) => ({ default: m.OpenDataPage })));
const SearchPage = lazy(() => import('./pages/SearchPage'));
const LookupPage = lazy(() => import('./pages/LookupPage').then((m) => ({ default: m.LookupPage })));

function Loading() {
  const { t } = useI18n();
  return <Spin style={{ display: 'block', margin: '64px auto' }} tip={t('loading')}><div /></Spin>;
}

// Pages behind the login: anyone without a session goes to the login page and comes back.
function RequireLogin() {
  const me = useMe();
  const location = useLocation();
  const { t } = useI18n();
  if (me.isPending) return <Loading />;
  if (me.error?.status === 401) {
    return <Navigate to={`${paths.login}?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  if (me.error) return <Result status="error" title={t('error')} subTitle={me.error.message} />;
  return (
    <Shell me={me.data}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </Shell>
  );
}

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title="404" subTitle={t('notFound')} />;
}

export function App() {
  const { lang } = useI18n();
  useEffect(() => {
    setApiLanguage(lang);
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={{ token: { colorPrimary: '#b0245d', borderRadius: 6 } }}>
      <AntApp>
        {/* react-router 6 (it runs on Debian 12's Node 18; 7 needs Node 20), with 7's behaviour. */}
        <BrowserRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
          <Routes>
            <Route path={paths.login} element={<LoginPage />} />
            <Route path={paths.lookup} element={<Suspense fallback={<Loading />}><LookupPage /></Suspense>} />
            <Route path={paths.openData} element={<Suspense fallback={<Loading />}><OpenDataPage /></Suspense>} />
            <Route element={<RequireLogin />}>
              <Route index element={<Navigate to={paths.dashboard} replace />} />
              <Route path={paths.dashboard} element={<DashboardPage />} />
              <Route path={paths.targets} element={<TargetsPage />} />
              <Route path={paths.readReport} element={<ReadReportPage />} />
              <Route path={paths.tasks} element={<TasksPage />} />
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
