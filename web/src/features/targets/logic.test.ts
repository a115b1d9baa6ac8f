import { describe, expect, test } from 'vitest';

import { translator } from '../../i18n';
import { scorecardItem } from '../../test/fixtures';
import { planShareText, targetText, withMeasure } from './logic';

describe('a target and its figure', () => {
  test('in Vietnamese and English number formats', () => {
    const item = scorecardItem();
    expect(targetText(item, 'vi')).toBe('≥ 771,4');
    expect(targetText(item, 'en')).toBe('≥ 771.4');
    expect(withMeasure(1172.5, item, 'vi')).toBe('1.172,5 tỷ đồng');
    expect(withMeasure(548291, { measure: 'triệu đồng', decimals: 0 }, 'vi')).toBe('548.291 triệu đồng');
    expect(withMeasure(11.67, { measure: '%', decimals: 2 }, 'vi')).toBe('11,67%');
  });

  test('a range', () => {
    const item = scorecardItem({ target: { ...scorecardItem().target, comparator: 'between', value: 5, value_to: 7 } });
    expect(targetText(item, 'vi')).toBe('5 – 7');
  });

  test('the share of plan names whose plan it is', () => {
    expect(planShareText(scorecardItem(), translator('vi'))).toBe('152% kế hoạch tỉnh giao');
    expect(planShareText(scorecardItem({ achievement_pct: null }), translator('vi'))).toBeNull();
  });
});
