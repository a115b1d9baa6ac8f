// How a target and its figures read, in the interface's language.
import { formatNumber, formatPercent, type Lang } from '../../format';
import type { I18n } from '../../i18n';
import type { Scorecard, ScorecardItem } from './api';

const symbols: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

// "≥ 771,4" (vi) / "≥ 771.4" (en); "5 – 7" for a range.
export function targetText(item: Pick<ScorecardItem, 'target' | 'decimals'>, lang: Lang): string {
  const { comparator, value, value_to } = item.target;
  const n = (v: number) => formatNumber(v, item.decimals, lang);
  if (comparator === 'between') return `${n(value)} – ${n(value_to ?? value)}`;
  return `${symbols[comparator] ?? comparator} ${n(value)}`;
}

// A figure with its measure: "1.172,5 tỷ đồng", "11,67%".
export function withMeasure(value: number, item: Pick<ScorecardItem, 'measure' | 'decimals'>, lang: Lang): string {
  const n = formatNumber(value, item.decimals, lang);
  return item.measure === '%' ? `${n}%` : `${n} ${item.measure}`;
}

// The share of plan with whose plan it was: "152% kế hoạch tỉnh giao", "90,2% kế hoạch".
export function planShareText(item: Pick<ScorecardItem, 'achievement_pct' | 'target'>, { t, lang }: Pick<I18n, 't' | 'lang'>): string | null {
  if (item.achievement_pct === null) return null;
  const pct = formatPercent(item.achievement_pct, lang);
  const whose = item.target.assigned_by;
  return whose ? t('planShareOf', { pct, whose }) : t('planShare', { pct });
}

// The scorecard's summary sentence in the interface's language.
export const summaryOf = (card: Pick<Scorecard, 'summary' | 'summary_en'>, lang: Lang) => (lang === 'vi' ? card.summary : card.summary_en);
