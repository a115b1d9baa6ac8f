import { describe, expect, test } from 'vitest';

import { translator } from '../../i18n';
import { scorecardItem } from '../../test/fixtures';
import { planShareText, shownCounts, shownStatus, targetText, withMeasure, yearPlanText } from './logic';

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

  test('a plan entered apart from the target is named with its share, beside the share of the target', () => {
    const disbursement = scorecardItem({
      indicator: 'GIAI_NGAN_DTC', measure: 'triệu đồng', decimals: 0, actual: 548291, plan_figure: 607861,
      achievement_pct: 90.2, target_pct: 100.2,
      target: { ...scorecardItem().target, value: 547075, assigned_by: null },
    });
    expect(yearPlanText(disbursement, translator('vi'))).toBe('90,2% kế hoạch năm 607.861 triệu đồng');
    expect(yearPlanText(disbursement, translator('en'))).toBe('90.2% of the year\'s plan of 607,861 triệu đồng');
    expect(planShareText(disbursement, translator('vi'))).toBe('90,2% kế hoạch năm 607.861 triệu đồng');
    expect(yearPlanText(scorecardItem(), translator('vi'))).toBeNull();
  });

  test('a ceiling kept is shown as met, never exceeded; other statuses as they are', () => {
    expect(shownStatus({ direction: 'lower', status: 'exceeded' })).toBe('met');
    expect(shownStatus({ direction: 'lower', status: 'not_met' })).toBe('not_met');
    expect(shownStatus({ direction: 'higher', status: 'exceeded' })).toBe('exceeded');
  });

  test('the counts beside a list are those of its rows: a kept ceiling counts as met', () => {
    expect(shownCounts([{ direction: 'lower', status: 'exceeded' }, { direction: 'higher', status: 'exceeded' }, { direction: 'higher', status: 'no_data' }]))
      .toEqual({ exceeded: 1, met: 1, not_met: 0, no_data: 1 });
  });
});
