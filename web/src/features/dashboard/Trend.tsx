// An indicator's results and targets year by year, up to the chosen year.
import { useQuery } from '@tanstack/react-query';
import { Empty, Select, Space } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';

import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { brand } from '../../theme';
import { targetQueries, type ScorecardItem } from '../targets/api';
import { itemName } from './KeyTiles';

const EChart = lazy(() => import('../../components/EChart'));

export function trendOption(points: { period: string; actual: { value: number } | null; target: { value: number } | null }[],
  item: ScorecardItem, labels: { actual: string; target: string }, lang: 'vi' | 'en', fontSize = 12) {
  return {
    textStyle: { fontSize },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => (v == null ? '—' : formatNumber(v, item.decimals, lang)) },
    legend: { bottom: 0, textStyle: { fontSize } },
    grid: { left: 8, right: 16, top: 16, bottom: fontSize * 3, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => p.period), axisLabel: { fontSize } },
    yAxis: { type: 'value', axisLabel: { fontSize, formatter: (v: number) => formatNumber(v, 0, lang) } },
    series: [
      { name: labels.actual, type: 'bar', data: points.map((p) => p.actual?.value ?? null), itemStyle: { color: brand }, barMaxWidth: 48 },
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
    && trendOption(series.data.points, item, { actual: `${itemName(item, lang)} (${item.measure})`, target: t('target') }, lang),
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
    </Space>
  );
}
