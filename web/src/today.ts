// The office's day. Sen's offices keep Vietnam's time (UTC+7, no summer time), and the server
// counts legal deadlines from that day; a browser elsewhere, or on a machine set to UTC, would
// otherwise default forms to a different date between 17:00 and 24:00 UTC.

import dayjs, { type Dayjs } from 'dayjs';

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

// Today in Vietnam as a calendar date (local midnight), for date pickers and comparisons.
export function officeToday(now: number = Date.now()): Dayjs {
  return dayjs(new Date(now + VIETNAM_OFFSET_MS).toISOString().slice(0, 10));
}

// Today in Vietnam as "YYYY-MM-DD".
export function officeTodayIso(now: number = Date.now()): string {
  return officeToday(now).format('YYYY-MM-DD');
}
