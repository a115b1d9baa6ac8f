// Loading, error and empty states, the same on every page.
import { Button, Empty, Result, Skeleton } from 'antd';

import { ApiError } from '../api';
import { useI18n } from '../i18n';

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
        subTitle={error.message}
        extra={refetch && <Button onClick={() => refetch()}>{t('retry')}</Button>}
      />
    );
  }
  if (empty) return <Empty description={t('noData')} />;
  return null;
}
