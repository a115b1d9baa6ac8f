import { describe, expect, test } from 'vitest';

import { scorecard, scorecardItem } from '../../test/fixtures';
import { buildSlides, perSlide, step } from './slides';

describe('the slides of a conference', () => {
  const economy = Array.from({ length: perSlide + 2 }, (_, n) => scorecardItem({ indicator: `E${n}` }));
  const party = [scorecardItem({ indicator: 'P', area: 'party_building', previous: null })];
  const card = scorecard([...party, ...economy]);

  test('the result, the key figures, each area (split when long), a trend', () => {
    const kinds = buildSlides(card, { oversight: false }).map((s) => (s.kind === 'area' ? `${s.area} ${s.part}/${s.parts}` : s.kind));
    expect(kinds).toEqual(['summary', 'keys', 'party_building 1/1', 'economy 1/2', 'economy 2/2', 'trend']);
  });

  test('the party\'s inspection work last, only for those who see it', () => {
    expect(buildSlides(card, { oversight: true }).at(-1)?.kind).toBe('oversight');
  });

  test('no area slide holds more than fits a projector', () => {
    for (const s of buildSlides(card, { oversight: false })) if (s.kind === 'area') expect(s.items.length).toBeLessThanOrEqual(perSlide);
  });
});

describe('moving between slides with the keyboard or a clicker', () => {
  test('forward and back, never past either end', () => {
    expect(step('ArrowRight', 0, 5)).toBe(1);
    expect(step('PageDown', 4, 5)).toBe(4);
    expect(step('PageUp', 2, 5)).toBe(1);
    expect(step('ArrowLeft', 0, 5)).toBe(0);
    expect(step('End', 0, 5)).toBe(4);
    expect(step('Home', 3, 5)).toBe(0);
  });

  test('other keys do not move', () => {
    expect(step('a', 2, 5)).toBeNull();
  });
});
