// An indicator's results and targets year by year, up to the chosen year.
import { useQuery } from '@tanstack/react-query';
import { Empty, Select, Space, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';

import { formatDate, formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { brand } from '../../theme';
import { targetQueries, type ScorecardItem, type SeriesChange, type SeriesPoint } from '../targets/api';
import { itemName } from './KeyTiles';

const EChart = lazy(() => import('../../components/EChart'));

// A year derived through the lineage (before the unit existed, after it closed): a pale bar with a
// dashed border; the day the map changed: a dashed line on its year.
const derivedBar = { color: 'rgba(176, 36, 93, 0.3)', borderColor: brand, borderType: 'dashed', borderWidth: 1.5 };

export const hasDerived = (points: Pick<SeriesPoint, 'actual'>[]) => points.some((p) => p.actual?.derived);

export function trendOption(points: Pick<SeriesPoint, 'period' | 'actual' | 'target'>[],
  item: ScorecardItem, labels: { actual: string; target: string; change?: string }, lang: 'vi' | 'en', fontSize = 12,
  changes: SeriesChange[] = []) {
  const years = new Set(points.map((p) => p.period));
  return {
    textStyle: { fontSize },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => (v == null ? '—' : formatNumber(v, item.decimals, lang)) },
    legend: { bottom: 0, textStyle: { fontSize } },
    grid: { left: 8, right: 16, top: 16, bottom: fontSize * 3, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => p.period), axisLabel: { fontSize } },
    yAxis: { type: 'value', axisLabel: { fontSize, formatter: (v: number) => formatNumber(v, 0, lang) } },
    series: [
      {
        name: labels.actual,
        type: 'bar',
        data: points.map((p) => (p.actual ? { value: p.actual.value, ...(p.actual.derived ? { itemStyle: derivedBar } : {}) } : null)),
        itemStyle: { color: brand },
        barMaxWidth: 48,
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed', color: '#595959' },
          data: changes.filter((c) => years.has(c.date.slice(0, 4))).map((c) => ({
            xAxis: c.date.slice(0, 4),
            label: { position: 'insideEndTop', fontSize, formatter: `${labels.change ?? ''} ${formatDate(c.date)}`.trim() },
          })),
        },
      },
      { name: labels.target, type: 'line', data: points.map((p) => p.target?.value ?? null), connectNulls: false, itemStyle: { color: '#434343' } },
    ],
  };
}

// The years shown: four before the chosen one, up to it.
export const trendYears = (period: string) => ({ from: Number(period.slice(0, 4)) - 4, to: Number(period.slice(0, 4)) });

export function Trend({ unit, period, items, initial }: { unit: string; period: string; items: ScorecardItem[]; initial?: string }) {
  const { t, lang } = useI18n();
  const [chosen, setChosen] = useState<string | null>(null);
  const code = chosen ?? initial ?? items[0]?.indicator;
  const item = items.find((i) => i.indicator === code);
  const { from, to } = trendYears(period);
  const series = useQuery({ ...targetQueries.series(code ?? '', unit, from, to), enabled: !!code });
  const option = useMemo(() => item && series.data
    && trendOption(series.data.points, item, { actual: `${itemName(item, lang)} (${item.measure})`, target: t('target'), change: t('trendChange') },
      lang, 12, series.data.changes),
  [series.data, item, lang, t]);
  if (!code) return <Empty description={t('noData')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <label className="picker" style={{ width: '100%' }}>
        <span>{t('indicator')}</span>
        <Select id="trend-indicator" style={{ flex: 1, minWidth: 0 }} value={code} onChange={setChosen}
          options={items.map((i) => ({ value: i.indicator, label: `${itemName(i, lang)} (${i.measure})` }))} />
      </label>
      {option && (
        <Suspense fallback={<div style={{ height: 260 }} />}>
          <EChart option={option} label={`${t('trend')}: ${itemName(item!, lang)}`} />
        </Suspense>
      )}
      {series.data && hasDerived(series.data.points) && (
        <Typography.Text type="secondary" data-testid="trend-derived">{t('trendDerived')}</Typography.Text>
      )}
    </Space>
  );
}
