import { describe, expect, it } from 'vitest';
import { officeToday } from './today';

describe('officeToday', () => {
  it('is already the next day in Vietnam at 17:30 UTC', () => {
    expect(officeToday(Date.UTC(2026, 11, 1, 17, 30)).format('YYYY-MM-DD')).toBe('2026-12-02');
  });
  it('is the same day in Vietnam at 16:59 UTC', () => {
    expect(officeToday(Date.UTC(2026, 11, 1, 16, 59)).format('YYYY-MM-DD')).toBe('2026-12-01');
  });
});
