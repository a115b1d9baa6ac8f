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

type PlanShareItem = Pick<ScorecardItem, 'achievement_pct' | 'target_pct' | 'target' | 'plan_figure' | 'measure' | 'decimals'>;

// The share of a plan entered apart from the target (the year's capital plan, 607.861, beside the
// target to disburse at least 547.075): "90,2% kế hoạch năm 607.861 triệu đồng"; null when the
// share is of the target itself.
export function yearPlanText(item: PlanShareItem, { t, lang }: Pick<I18n, 't' | 'lang'>): string | null {
  if (item.achievement_pct === null || item.plan_figure === null || item.plan_figure === item.target.value) return null;
  if (item.achievement_pct === item.target_pct) return null;
  const plan = withMeasure(item.plan_figure, item, lang);
  return t('yearPlanShare', { pct: formatPercent(item.achievement_pct, lang), plan });
}

// The share of plan with whose plan it was: "152% kế hoạch tỉnh giao", "90,2% kế hoạch năm
// 607.861 triệu đồng".
export function planShareText(item: PlanShareItem, words: Pick<I18n, 't' | 'lang'>): string | null {
  if (item.achievement_pct === null) return null;
  const ofYearPlan = yearPlanText(item, words);
  if (ofYearPlan) return ofYearPlan;
  const pct = formatPercent(item.achievement_pct, words.lang);
  const whose = item.target.assigned_by;
  return whose ? words.t('planShareOf', { pct, whose }) : words.t('planShare', { pct });
}

// The status an item shows: a ceiling (lower is better) is kept or not — "Đạt", never "Vượt",
// which would read as breaking it; the reports and `sen scorecard` say the same.
export function shownStatus(item: Pick<ScorecardItem, 'status' | 'direction'>): ScorecardItem['status'] {
  return item.direction === 'lower' && item.status === 'exceeded' ? 'met' : item.status;
}

// How many items show each status (shownStatus): the counts beside a list agree with its rows.
export function shownCounts(items: Pick<ScorecardItem, 'status' | 'direction'>[]): Record<ScorecardItem['status'], number> {
  const counts = { exceeded: 0, met: 0, not_met: 0, no_data: 0 };
  for (const i of items) counts[shownStatus(i)] += 1;
  return counts;
}

// The scorecard's summary sentence in the interface's language.
export const summaryOf = (card: Pick<Scorecard, 'summary' | 'summary_en'>, lang: Lang) => (lang === 'vi' ? card.summary : card.summary_en);
