import { describe, expect, test } from 'vitest';

import { translator } from '../../i18n';
import { scorecardItem } from '../../test/fixtures';
import { againstPlan, changeText, keyIndicators, summaryTone } from './logic';

const vi = translator('vi');
const en = translator('en');

describe('the key figures of the dashboard', () => {
  test('figures with a source lead, illustrative ones follow, those without a figure are left out', () => {
    const items = [
      scorecardItem({ indicator: 'A', actual_illustrative: true }),
      scorecardItem({ indicator: 'B', actual: null, actual_illustrative: null }),
      scorecardItem({ indicator: 'C' }),
    ];
    expect(keyIndicators(items).map((i) => i.indicator)).toEqual(['C', 'A']);
  });

  test('at most the number asked for', () => {
    const items = Array.from({ length: 9 }, (_, n) => scorecardItem({ indicator: `I${n}` }));
    expect(keyIndicators(items, 6)).toHaveLength(6);
  });
});

describe('a tile reads against its plan, naming whose plan it is', () => {
  test('an amount: its share of the plan set by the province', () => {
    expect(againstPlan(scorecardItem(), vi)).toBe('bằng 152% kế hoạch tỉnh giao');
    expect(againstPlan(scorecardItem({ achievement_pct: 90.2, target: { ...scorecardItem().target, assigned_by: null } }), vi))
      .toBe('bằng 90,2% kế hoạch');
  });

  test('in English with English numbers', () => {
    expect(againstPlan(scorecardItem({ achievement_pct: 90.2 }), en)).toBe('90.2% of the plan (tỉnh giao)');
  });

  test('a ceiling is shown with its limit, never a share of it', () => {
    const accidents = scorecardItem({ measure: 'vụ', decimals: 0, direction: 'lower', actual: 14, achievement_pct: 142.9, target_pct: null,
      target: { ...scorecardItem().target, comparator: '<=', value: 20 } });
    expect(againstPlan(accidents, vi)).toBe('chỉ tiêu ≤ 20 vụ');
  });

  test('a rate is shown with its target, not a share of it', () => {
    const growth = scorecardItem({ measure: '%', decimals: 2, actual: 11.67, target: { ...scorecardItem().target, value: 11 } });
    expect(againstPlan(growth, vi)).toBe('chỉ tiêu ≥ 11%');
  });
});

describe('the change on last year', () => {
  test('an amount changes in per cent, a rate in points', () => {
    expect(changeText(scorecardItem(), '2021', vi)).toBe('tăng 16,6% so với năm 2021');
    const rate = scorecardItem({ measure: '%', change: -1.47, change_pct: -11.2 });
    expect(changeText(rate, '2021', vi)).toBe('giảm 1,47 điểm % so với năm 2021');
    expect(changeText(rate, '2021', en)).toBe('down 1.47 points on 2021');
  });

  test('nothing without last year\'s figure', () => {
    expect(changeText(scorecardItem({ change: null, change_pct: null }), '2021', vi)).toBeNull();
  });
});

describe('the colour of the summary count', () => {
  test('green only when every target is met; none before there are figures', () => {
    expect(summaryTone({ total: 8, not_met: 0, no_data: 8 })).toBe('neutral');
    expect(summaryTone({ total: 8, not_met: 1, no_data: 0 })).toBe('danger');
    expect(summaryTone({ total: 8, not_met: 0, no_data: 2 })).toBe('warning');
    expect(summaryTone({ total: 8, not_met: 0, no_data: 0 })).toBe('success');
  });
});
