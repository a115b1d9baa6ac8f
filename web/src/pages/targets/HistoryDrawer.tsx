// Every revision of a figure, newest first: who entered what, when, in which vintage.
import { useQuery } from '@tanstack/react-query';
import { Drawer, Timeline, Typography } from 'antd';

import { api, type Items, type ScorecardItem, type Value } from '../../api';
import { VintageTag } from '../../components/Tags';
import { QueryState } from '../../components/States';
import { formatDate, formatNumber } from '../../format';
import { useI18n } from '../../i18n';

export function HistoryDrawer({ item, unit, period, onClose }: { item: ScorecardItem; unit: string; period: string; onClose: () => void }) {
  const { t, lang } = useI18n();
  const history = useQuery({
    queryKey: ['history', item.indicator, unit, period],
    queryFn: () => api<Items<Value>>('GET', `/api/v1/values/history?indicator=${item.indicator}&unit=${encodeURIComponent(unit)}&period=${period}`),
  });
  const values = [...(history.data?.items ?? [])].reverse();
  return (
    <Drawer open onClose={onClose} title={`${t('history')}: ${item.name}`} width={Math.min(480, window.innerWidth)}>
      <QueryState isPending={history.isPending} error={history.error} empty={values.length === 0} />
      <Timeline
        items={values.map((v) => ({
          key: v.id,
          children: (
            <>
              <Typography.Text strong>{formatNumber(v.value, item.decimals, lang)} {item.measure}</Typography.Text>{' '}
              <VintageTag vintage={v.vintage} />
              <br />
              <Typography.Text type="secondary">
                {t('enteredBy')}: {v.entered_by} · {formatDate(v.entered_at)} {v.entered_at.slice(11, 16)} UTC
              </Typography.Text>
              {v.source && <div><Typography.Text type="secondary">{t('source')}: {v.source}</Typography.Text></div>}
            </>
          ),
        }))}
      />
    </Drawer>
  );
}
