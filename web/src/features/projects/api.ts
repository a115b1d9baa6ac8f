// Public-investment projects: lists and portfolios of a unit's plan year, one project, and the
// records of capital plans, extensions, payments, milestones and physical progress.
import { queryOptions } from '@tanstack/react-query';

import { api, query, type Items } from '../../api/client';
import type { Schema } from '../../api/types';

export type Project = Schema['Project'];
export type ProjectRow = Schema['ProjectRow'];
export type ProjectDetail = Schema['ProjectDetail'];
export type Portfolio = Schema['Portfolio'];
export type Disbursement = Schema['Disbursement'];
export type MonthFigure = Schema['MonthFigure'];
export type SourceFigure = Schema['SourceFigure'];
export type Lag = Schema['Lag'];
export type FundingSource = Schema['FundingSource'];

export const projectKeys = { all: ['projects'] as const };

export const disbursementsImportPath = '/api/v1/imports/disbursements';

const projectPath = (code: string) => `/api/v1/projects/${encodeURIComponent(code)}`;

export const projectQueries = {
  page: (unit: string, year: number, cursor: string) =>
    api<Items<ProjectRow>>('GET', `/api/v1/projects?${query({ unit, year, cursor })}`),
  listKey: (unit: string, year: number) => [...projectKeys.all, 'list', unit, year] as const,
  portfolio: (unit: string, year: number) =>
    queryOptions({
      queryKey: [...projectKeys.all, 'portfolio', unit, year],
      queryFn: () => api<Portfolio>('GET', `/api/v1/project-portfolio?${query({ unit, year })}`),
    }),
  detail: (code: string, year: number) =>
    queryOptions({
      queryKey: [...projectKeys.all, 'detail', code, year],
      queryFn: () => api<ProjectDetail>('GET', `${projectPath(code)}?${query({ year })}`),
    }),
};

export const iatiHref = (code: string) => `${projectPath(code)}/iati`;

export type ProjectDraft = Omit<Project, 'code' | 'version' | 'source' | 'illustrative' | 'targets'>;

export const createProject = (code: string, p: ProjectDraft) => api<Project>('POST', '/api/v1/projects', { ...p, code });
export const changeProject = (code: string, version: number, p: ProjectDraft) => api<Project>('PATCH', projectPath(code), { ...p, version });

export const recordDisbursement = (code: string, d: { plan_year: number; source: string; paid_on: string; amount: number; status: string; document?: string }) =>
  api<Disbursement>('POST', `${projectPath(code)}/disbursements`, d);
export const changeDisbursement = (code: string, d: Disbursement, status: string, note?: string) =>
  api<Disbursement>('PATCH', `${projectPath(code)}/disbursements/${d.id}`, { status, version: d.version, note });

export const recordCapitalPlan = (code: string, plan: Record<string, unknown>) => api('POST', `${projectPath(code)}/capital-plans`, plan);
export const recordExtension = (code: string, extension: Record<string, unknown>) => api('POST', `${projectPath(code)}/extensions`, extension);

type MilestoneDraft = { name?: string; planned_on?: string; actual_on?: string | null };

export const addMilestone = (code: string, m: MilestoneDraft) =>
  api('POST', `${projectPath(code)}/milestones`, m);
export const changeMilestone = (code: string, id: number, version: number, m: MilestoneDraft) =>
  api('PATCH', `${projectPath(code)}/milestones/${id}`, { ...m, version });
export const reportWorks = (code: string, p: { as_of?: string; percent?: number; note?: string }) => api('POST', `${projectPath(code)}/progress`, p);
