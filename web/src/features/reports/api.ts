// Reports to download, and open data: releasing a unit's period and reading what is released.
import { queryOptions } from '@tanstack/react-query';

import { api, query, type Items } from '../../api/client';
import type { Schema } from '../../api/types';

export type Release = Schema['OpenDataRelease'];
export type OpenDataRow = Schema['OpenDataRow'];

export const reportKeys = { openData: ['open-data'] as const };

export const reportQueries = {
  releases: () => queryOptions({ queryKey: reportKeys.openData, queryFn: () => api<Items<Release>>('GET', '/api/v1/open-data') }),
  released: (unit: string, period: string) =>
    queryOptions({
      queryKey: [...reportKeys.openData, unit, period],
      queryFn: () => api<Items<OpenDataRow>>('GET', `/api/v1/open-data/indicators?${query({ unit, period })}`),
    }),
};

export interface ReportOptions { unit: string; period: string; issuer: string; date: string; number?: string }

// The address of a report file: annual for a year, periodic for a month, quarter, 6 or 9 months.
export function reportHref(o: ReportOptions, format: string): string {
  const annual = /^\d{4}$/.test(o.period);
  const q = query({ unit: o.unit, issuer: o.issuer, date: o.date, number: o.number, [annual ? 'year' : 'period']: o.period, format });
  return `/api/v1/reports/${annual ? 'annual' : 'periodic'}?${q}`;
}

export const openDataHref = (unit: string, period: string, format: 'csv' | 'json') =>
  `/api/v1/open-data/indicators?${query({ unit, period, format })}`;

export const release = (unit: string, period: string) => api('POST', '/api/v1/open-data/releases', { unit, period });
export const withdraw = (unit: string, period: string) => api('POST', '/api/v1/open-data/withdrawals', { unit, period });
