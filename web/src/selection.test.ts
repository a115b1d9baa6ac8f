import { expect, test } from 'vitest';

import { defaultUnit, planYears } from './selection';

const plans = [
  { unit: '436', period_to: '2025-12-31' },
  { unit: '436', period_to: '2030-12-31' },
  { unit: '42', period_to: '2025-12-31' },
];

test('pages open on the user\'s unit, else the unit the plans are for (the city, not the province)', () => {
  expect(defaultUnit('18073', plans)).toBe('18073');
  expect(defaultUnit(null, plans)).toBe('436');
});

test('the years a unit may open on: newest first, none after this year', () => {
  expect(planYears(plans, '436', 2026)).toEqual(['2025']);
  expect(planYears(plans, '436', 2031)).toEqual(['2030', '2025']);
});
