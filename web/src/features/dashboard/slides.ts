// The presentation's slides, in the order a year-end conference takes them: the result, the key
// figures, each area's targets, a trend, and the party's inspection work when the user sees it.
import type { Scorecard, ScorecardItem } from '../targets/api';
import { keyIndicators } from './logic';

export type Slide =
  | { kind: 'summary' }
  | { kind: 'keys'; items: ScorecardItem[] }
  | { kind: 'area'; area: string; items: ScorecardItem[]; part: number; parts: number }
  | { kind: 'trend'; item: ScorecardItem }
  | { kind: 'oversight' };

// At most this many targets on one slide, so that projector type stays large.
export const perSlide = 7;

export function buildSlides(card: Scorecard, options: { oversight: boolean }): Slide[] {
  const slides: Slide[] = [{ kind: 'summary' }];
  const keys = keyIndicators(card.items);
  if (keys.length) slides.push({ kind: 'keys', items: keys });
  for (const area of [...new Set(card.items.map((i) => i.area))]) {
    const items = card.items.filter((i) => i.area === area);
    const parts = Math.ceil(items.length / perSlide);
    for (let p = 0; p < parts; p++) slides.push({ kind: 'area', area, items: items.slice(p * perSlide, (p + 1) * perSlide), part: p + 1, parts });
  }
  const withHistory = keys.find((i) => i.previous) ?? card.items.find((i) => i.previous);
  if (withHistory) slides.push({ kind: 'trend', item: withHistory });
  if (options.oversight) slides.push({ kind: 'oversight' });
  return slides;
}

// The slide a key moves to from `at` (of `count`), or null when the key does not move.
export function step(key: string, at: number, count: number): number | null {
  if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(key)) return Math.min(at + 1, count - 1);
  if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(key)) return Math.max(at - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
