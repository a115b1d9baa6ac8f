// What the leader's dashboard and the presentation choose to show and how it reads.
import { formatNumber } from '../../format';
import type { I18n } from '../../i18n';
import type { Tone } from '../../theme';
import type { Scorecard, ScorecardItem } from '../targets/api';
import { planShareText, targetText } from '../targets/logic';

type Words = Pick<I18n, 't' | 'lang'>;

// The figures that lead the page: those with a result, figures with a source before illustrative
// ones, in the scorecard's order (by area).
export function keyIndicators(items: ScorecardItem[], count = 6): ScorecardItem[] {
  const withFigure = items.filter((i) => i.actual !== null);
  return [...withFigure.filter((i) => !i.actual_illustrative), ...withFigure.filter((i) => i.actual_illustrative)].slice(0, count);
}

// Against its target: "bằng 152% kế hoạch tỉnh giao", or for a rate, "chỉ tiêu ≥ 11%".
export function againstPlan(item: ScorecardItem, words: Words): string | null {
  if (item.measure === '%') return words.t('targetWas', { target: `${targetText(item, words.lang)}%` });
  // A ceiling is kept or not: its limit, never a share of it.
  if (item.direction === 'lower') return words.t('targetWas', { target: `${targetText(item, words.lang)} ${item.measure}` });
  const share = planShareText(item, words);
  return share && words.t('onPlan', { share });
}

// On the same period of last year: "tăng 16,6% so với năm 2021"; a rate changes in points
// ("tăng 1,47 điểm % so với năm 2021").
export function changeText(item: ScorecardItem, previousYear: string, { t, lang }: Words): string | null {
  const rate = item.measure === '%';
  const change = rate ? item.change : item.change_pct;
  if (change === null) return null;
  if (change === 0) return t('sameAs', { year: previousYear });
  const x = rate ? `${formatNumber(Math.abs(change), 2, lang)} ${t('points')}` : `${formatNumber(Math.abs(change), 1, lang)}%`;
  return t(change > 0 ? 'upOn' : 'downOn', { x, year: previousYear });
}

// The colour of "25/25": green only when every target is met; none before there are figures.
export function summaryTone(card: Pick<Scorecard, 'total' | 'not_met' | 'no_data'>): Tone {
  if (card.total === card.no_data) return 'neutral';
  if (card.not_met > 0) return 'danger';
  if (card.no_data > 0) return 'warning';
  return 'success';
}
