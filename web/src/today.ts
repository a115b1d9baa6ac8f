// The office's day as a date for pickers: today in Vietnam (format.ts: todayInVietnam), whatever
// the browser's time zone. The server counts legal deadlines from that day; a browser on UTC would
// otherwise propose yesterday between 17:00 and 24:00 UTC.

import dayjs, { type Dayjs } from 'dayjs';

import { todayInVietnam } from './format';

export function officeToday(now: number = Date.now()): Dayjs {
  return dayjs(todayInVietnam(now));
}
