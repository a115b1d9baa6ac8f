// The calendar: lunar dates, the year's days off, and legal deadlines.
import { queryOptions } from '@tanstack/react-query';

import { api, query, type Items } from '../../api/client';
import type { Schema } from '../../api/types';

export type Holiday = Schema['Holiday'];
export type DeadlineRule = Schema['DeadlineRule'];
export type DeadlineAnswer = Schema['DeadlineAnswer'];

export const calendarQueries = {
  lunar: (date: string) =>
    queryOptions({ queryKey: ['calendar', 'lunar', date], queryFn: () => api<Schema['LunarDate']>('GET', `/api/v1/calendar/lunar?${query({ date })}`) }),
  holidays: (year: number) =>
    queryOptions({ queryKey: ['calendar', 'holidays', year], queryFn: () => api<Items<Holiday>>('GET', `/api/v1/calendar/holidays?${query({ year })}`) }),
  rules: () => queryOptions({ queryKey: ['calendar', 'rules'], queryFn: () => api<Items<DeadlineRule>>('GET', '/api/v1/calendar/rules'), staleTime: Infinity }),
};

export const deadline = (rule: string, variant: string, start: string) =>
  api<DeadlineAnswer>('GET', `/api/v1/calendar/deadline?${query({ rule, variant, start })}`);
