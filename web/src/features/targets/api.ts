// Targets: the scorecard of a unit and period, series for trends, drill-down, history, entering
// values, CSV import, plans, and reading figures out of reports.
import { queryOptions } from '@tanstack/react-query';

import { api, postForm, query, type Items } from '../../api/client';
import type { Schema } from '../../api/types';

export type Scorecard = Schema['Scorecard'];
export type ScorecardItem = Schema['ScorecardItem'];
export type TargetStatus = Schema['TargetStatus'];
export type Actual = Schema['Actual'];
export type Value = Schema['Value'];
export type Plan = Schema['Plan'];
export type SeriesPoint = Schema['SeriesPoint'];
export type SeriesChange = Schema['SeriesChange'];
export type BreakdownRow = Schema['BreakdownRow'];
export type Extraction = Schema['Extraction'];
export type ProposedFigure = Schema['Proposal'];
export type ExtractionSummary = Schema['ExtractionSummary'];

export const targetKeys = {
  all: ['targets'] as const,
  extractions: ['targets', 'extractions'] as const,
};

export const valuesImportPath = '/api/v1/imports/values';

export const targetQueries = {
  scorecard: (unit: string, period: string) =>
    queryOptions({
      queryKey: [...targetKeys.all, 'scorecard', unit, period],
      queryFn: () => fetchScorecard(unit, period),
    }),
  series: (indicator: string, unit: string, from: number, to: number) =>
    queryOptions({
      queryKey: [...targetKeys.all, 'series', indicator, unit, from, to],
      queryFn: () => api<{ points: SeriesPoint[]; changes: SeriesChange[] }>('GET', `/api/v1/series?${query({ indicator, unit, from, to })}`),
    }),
  breakdown: (indicator: string, unit: string, period: string) =>
    queryOptions({
      queryKey: [...targetKeys.all, 'breakdown', indicator, unit, period],
      queryFn: () => api<Items<BreakdownRow>>('GET', `/api/v1/breakdown?${query({ indicator, unit, period })}`),
    }),
  history: (indicator: string, unit: string, period: string) =>
    queryOptions({
      queryKey: [...targetKeys.all, 'history', indicator, unit, period],
      queryFn: () => api<Items<Value>>('GET', `/api/v1/values/history?${query({ indicator, unit, period })}`),
    }),
  plans: (unit: string | null) =>
    queryOptions({
      queryKey: [...targetKeys.all, 'plans', unit],
      queryFn: () => api<Items<Plan>>('GET', `/api/v1/plans?${query({ unit })}`),
      staleTime: 10 * 60_000,
    }),
  extractions: (unit: string, period: string) =>
    queryOptions({
      queryKey: [...targetKeys.extractions, unit, period],
      queryFn: () => api<Items<ExtractionSummary>>('GET', `/api/v1/extractions?${query({ unit, period })}`),
    }),
};

export function fetchScorecard(unit: string, period: string) {
  return api<Scorecard>('GET', `/api/v1/scorecard?${query({ unit, period })}`);
}

export interface NewValue {
  indicator: string;
  unit: string;
  period: string;
  vintage: string;
  value: number;
  source?: string;
  note?: string;
}

export const enterValue = (v: NewValue) => api<Value>('POST', '/api/v1/values', v);

export const readReportText = (body: { text: string; unit: string; period: string; vintage: string }) =>
  api<Extraction>('POST', '/api/v1/extractions', body);

export function readReportFile(file: File, fields: { unit: string; period: string; vintage: string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', file, file.name);
  return postForm<Extraction>('/api/v1/extractions', form);
}

export const extraction = (id: number) => api<Extraction>('GET', `/api/v1/extractions/${id}`);

export const acceptFigures = (id: number, items: { indicator: string | null; value: number; vintage: string; quote: string; start: number; end: number }[]) =>
  api<{ items: Value[] }>('POST', `/api/v1/extractions/${id}/accept`, { items });
