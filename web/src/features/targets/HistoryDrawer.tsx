// Every revision of a figure, newest first: who entered what, when (Vietnam time), in which vintage.
import { useQuery } from '@tanstack/react-query';
import { Drawer, Timeline, Typography } from 'antd';

import { QueryState } from '../../components/States';
import { formatDateTime, formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { targetQueries, type ScorecardItem } from './api';
import { VintageTag } from './Tags';

export function HistoryDrawer({ item, unit, period, onClose }: { item: ScorecardItem; unit: string; period: string; onClose: () => void }) {
  const { t, lang } = useI18n();
  const history = useQuery(targetQueries.history(item.indicator, unit, period));
  const values = [...(history.data?.items ?? [])].reverse();
  return (
    <Drawer open onClose={onClose} title={`${t('history')}: ${(lang === 'en' && item.name_en) || item.name}`} width={Math.min(480, window.innerWidth)}>
      <QueryState isPending={history.isPending} error={history.error} refetch={history.refetch} empty={values.length === 0} />
      <Timeline
        items={values.map((v) => ({
          key: v.id,
          children: (
            <>
              <Typography.Text strong>{formatNumber(v.value, item.decimals, lang)} {item.measure}</Typography.Text> <VintageTag vintage={v.vintage} />
              <br />
              <Typography.Text type="secondary" data-testid="entered-at">{t('enteredBy')}: {v.entered_by} · {formatDateTime(v.entered_at)}</Typography.Text>
              {v.source && <div><Typography.Text type="secondary">{t('source')}: {v.source}</Typography.Text></div>}
            </>
          ),
        }))}
      />
    </Drawer>
  );
}
