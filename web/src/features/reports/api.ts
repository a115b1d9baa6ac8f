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

// Without a date the report is dated the end of its reporting window.
export interface ReportOptions { unit: string; period: string; issuer: string; date?: string; number?: string }

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

// Report drafts: the officer's text beside the computed figures, issued with number, date and signer.
export type Draft = Schema['ReportDraft'];
export type DraftSection = Schema['ReportDraftSection'];

export const draftKeys = {
  all: ['report-drafts'] as const,
  list: (unit: string) => ['report-drafts', 'list', unit] as const,
  one: (id: number) => ['report-drafts', 'one', id] as const,
};

export const draftQueries = {
  list: (unit: string) =>
    queryOptions({ queryKey: draftKeys.list(unit), queryFn: () => api<Items<Draft>>('GET', `/api/v1/report-drafts?${query({ unit })}`) }),
  one: (id: number) => queryOptions({ queryKey: draftKeys.one(id), queryFn: () => api<Draft>('GET', `/api/v1/report-drafts/${id}`) }),
};

export const createDraft = (d: { unit: string; kind: 'annual' | 'periodic'; period: string; issuer: 'party' | 'state' }) =>
  api<Draft>('POST', '/api/v1/report-drafts', d);

export const saveDraftSection = (id: number, key: string, text: string, version: number) =>
  api<DraftSection>('PUT', `/api/v1/report-drafts/${id}/sections/${encodeURIComponent(key)}`, { text, version });

export const issueDraft = (id: number, body: { number: string; date: string; signer: string }) =>
  api<Draft>('POST', `/api/v1/report-drafts/${id}/issue`, body);

// The document as it will print (before issue) or as issued.
export const draftDocumentHref = (id: number, format: string) => `/api/v1/report-drafts/${id}/document?${query({ format })}`;
