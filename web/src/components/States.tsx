// Loading, error and empty states, the same on every page: an error says in the user's language
// what happened (offline, not allowed, the server failed) and offers to try again.
import { Button, Empty, Result, Skeleton } from 'antd';

import { ApiError } from '../api/client';
import { useI18n, type I18n } from '../i18n';
import { LinkButton } from './LinkButton';
import { paths } from '../paths';

export function errorText(error: Error, t: I18n['t']): string {
  if (!(error instanceof ApiError)) return t('error');
  if (error.network) return t('offline');
  if (error.status >= 500) return t('serverError');
  return error.detail;
}

export function QueryState({ isPending, error, refetch, empty }: {
  isPending: boolean;
  error: Error | null;
  refetch?: () => void;
  empty?: boolean;
}) {
  const { t } = useI18n();
  if (isPending) return <Skeleton active data-testid="loading" />;
  if (error) {
    const status = error instanceof ApiError ? error.status : 0;
    return (
      <Result
        status={status === 403 ? '403' : 'error'}
        title={status === 403 ? t('forbidden') : t('error')}
        subTitle={errorText(error, t)}
        extra={refetch && <Button type="primary" onClick={() => refetch()} data-testid="retry">{t('retry')}</Button>}
        data-testid="query-error"
      />
    );
  }
  if (empty) return <Empty description={t('noData')} />;
  return null;
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <Result status="404" title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('notFound')}</h1>} subTitle={t('notFoundHelp')}
      extra={<LinkButton type="primary" to={paths.dashboard} data-testid="back-home">{t('backToDashboard')}</LinkButton>} />
  );
}
