// ECharts options of the projects' pages: monthly cumulative disbursement against the plan and
// the expected curve, and this year's rate against last year's.
import type { MonthFigure } from './api';
import { formatNumber, formatPercent, type Lang } from '../../format';

const monthLabels = (afterYear: string) => [...Array.from({ length: 12 }, (_, i) => `T${i + 1}`), afterYear];

// Cumulative đồng paid against the full-year plan (a flat line) and the curve's expectation.
export function cumulativeOption(months: MonthFigure[], plan: number, labels: { paid: string; plan: string; expected: string; afterYear: string }, lang: Lang) {
  const billions = (v: number) => Math.round(v / 1e7) / 100;  // tỷ đồng, 2 decimals
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${formatNumber(v, 2, lang)} tỷ` },
    legend: { bottom: 0 },
    grid: { left: 56, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: monthLabels(labels.afterYear) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v, 0, lang) } },
    series: [
      { name: labels.paid, type: 'bar', data: months.map((m) => billions(m.paid)), itemStyle: { color: '#b0245d' } },
      { name: labels.plan, type: 'line', data: months.map(() => billions(plan)), symbol: 'none', lineStyle: { type: 'dashed' } },
      { name: labels.expected, type: 'line', data: months.map((m) => billions((plan * m.expected_percent) / 100)), symbol: 'none' },
    ],
  };
}

// The rate against the full-year plan month by month, this year and last.
export function rateOption(months: MonthFigure[], labels: { thisYear: string; lastYear: string; expected: string; afterYear: string }, lang: Lang) {
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 10) / 10);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : formatPercent(v, lang)) },
    legend: { bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: monthLabels(labels.afterYear) },
    yAxis: { type: 'value', max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10), axisLabel: { formatter: '{value}%' } },
    series: [
      { name: labels.thisYear, type: 'line', data: months.map((m) => pct(m.rate_allocated)), itemStyle: { color: '#b0245d' } },
      { name: labels.lastYear, type: 'line', data: months.map((m) => pct(m.last_year_rate_allocated)), itemStyle: { color: '#8c8c8c' } },
      { name: labels.expected, type: 'line', data: months.map((m) => m.expected_percent), symbol: 'none', lineStyle: { type: 'dashed' } },
    ],
  };
}
