import { describe, expect, test } from 'vitest';

import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent, formatPeriod, parseNumber } from './format';

describe('Vietnamese numbers', () => {
  test('format the figures of the report', () => {
    expect(formatNumber(1172.5, 1)).toBe('1.172,5');
    expect(formatNumber(548291, 0)).toBe('548.291');
    expect(formatNumber(11.67, 2)).toBe('11,67');
    expect(formatPercent(151.99)).toBe('152%');
    expect(formatPercent(90.2047)).toBe('90,2%');
  });

  test('money in the units offices write it in', () => {
    expect(formatMoney(548_291_000_000)).toBe('548,291 tỷ đồng');
    expect(formatMoney(1_172_500_000_000)).toBe('1.172,5 tỷ đồng');
    expect(formatMoney(560_000_000)).toBe('560 triệu đồng');
    expect(formatMoney(150_000_000_000, 'en')).toBe('150 billion đồng');
  });

  test('English when switched', () => {
    expect(formatNumber(1172.5, 1, 'en')).toBe('1,172.5');
    expect(formatPercent(90.2, 'en')).toBe('90.2%');
  });

  test('parse what officials type, and nothing else', () => {
    expect(parseNumber('1.172,5')).toBe(1172.5);
    expect(parseNumber('548.291')).toBe(548291);
    expect(parseNumber(' 1172,5 ')).toBe(1172.5);
    expect(parseNumber('-2,5')).toBe(-2.5);
    for (const bad of ['', '1,172.5', '1.17,5', '12.3456', 'abc', '1,2,3', '.5']) expect(parseNumber(bad)).toBeNull();
    expect(parseNumber('1,172.5', 'en')).toBe(1172.5);
    expect(parseNumber('1.172,5', 'en')).toBeNull();
  });
});

describe('dates and periods', () => {
  test('dates are day/month/year', () => {
    expect(formatDate('2022-12-27')).toBe('27/12/2022');
    expect(formatDate(null)).toBe('');
  });

  test('periods in words', () => {
    expect(formatPeriod('2022')).toBe('Năm 2022');
    expect(formatPeriod('2023-6M')).toBe('6 tháng đầu năm 2023');
    expect(formatPeriod('2023-Q2')).toBe('Quý 2/2023');
    expect(formatPeriod('2023-03')).toBe('Tháng 3/2023');
    expect(formatPeriod('2023-Q2', 'en')).toBe('Q2 2023');
  });
});

describe('times', () => {
  test('the server\'s UTC timestamps are shown in Vietnam time', () => {
    expect(formatDateTime('2026-11-27T01:15:30.123Z')).toBe('27/11/2026 08:15');
    expect(formatDateTime('2026-12-31T18:30:00.000Z')).toBe('01/01/2027 01:30');
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('không phải thời điểm')).toBe('không phải thời điểm');
  });
});
