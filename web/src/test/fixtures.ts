// Scorecard rows shaped like the server's answers, for the unit tests of the pages' logic.
import type { Scorecard, ScorecardItem } from '../features/targets/api';

export function scorecardItem(over: Partial<ScorecardItem> = {}): ScorecardItem {
  return {
    indicator: 'THU_NS', name: 'Thu ngân sách trên địa bàn', name_en: 'Budget revenue', area: 'economy',
    measure: 'tỷ đồng', decimals: 1, direction: 'higher', plan: 'KH-2021-2025',
    target: { id: 1, comparator: '>=', value: 771.4, value_to: null, text: '≥ 771,4', source: null, assigned_by: 'tỉnh giao', illustrative: false },
    plan_figure: 771.4, actual: 1172.5, vintage: 'estimate', derivation: 'entered', actual_source: 'Báo cáo 2022',
    actual_illustrative: false, illustrative: false, achievement_pct: 152, target_pct: 152, from_records: null, status: 'exceeded',
    previous: { value: 1005.6, vintage: 'official', derivation: 'entered', illustrative: false, source: null },
    change: 166.9, change_pct: 16.6, not_comparable: null,
    ...over,
  };
}

export function scorecard(items: ScorecardItem[], over: Partial<Scorecard> = {}): Scorecard {
  const count = (s: ScorecardItem['status']) => items.filter((i) => i.status === s).length;
  return {
    unit: '436', unit_name: 'Thành phố Hà Tĩnh',
    period: { code: '2022', first_day: '2022-01-01', last_day: '2022-12-31', cutoff_from: '2022-01-01', cutoff_to: '2022-12-31', previous_year: '2021' },
    total: items.length, exceeded: count('exceeded'), met: count('met'), not_met: count('not_met'), no_data: count('no_data'),
    summary: '', summary_en: '', areas: [], items,
    ...over,
  };
}
