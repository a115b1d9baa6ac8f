// Party oversight: statistics, the year's programmes, cases, discipline, ratings, and — behind the
// oversight.members grant — members and admissions.
import { queryOptions } from '@tanstack/react-query';

import { api, query, type Items } from '../../api/client';
import type { Schema } from '../../api/types';

export type OversightStats = Schema['OversightStats'];
export type Case = Schema['OversightCase'];
export type Remedy = Schema['Remedy'];
export type Subject = Schema['Subject'];
export type Discipline = Schema['Discipline'];
export type Rating = Schema['Rating'];
export type RuleSet = Schema['RuleSet'];
export type Programme = Schema['InspectionProgramme'];
export type ProgrammeItem = Programme['items'][number];
export type Member = Schema['PartyMember'];
export type Admission = Schema['Admission'];

export const oversightKeys = { all: ['oversight'] as const };

const key = (...parts: (string | number)[]) => [...oversightKeys.all, ...parts];

export const oversightQueries = {
  stats: (unit: string, period: string) =>
    queryOptions({ queryKey: key('stats', unit, period), queryFn: () => api<OversightStats>('GET', `/api/v1/oversight/stats?${query({ unit, period })}`) }),
  programmes: (year: number) =>
    queryOptions({ queryKey: key('programmes', year), queryFn: () => api<Items<Programme>>('GET', `/api/v1/oversight/programmes?${query({ year })}`) }),
  cases: (unit: string, period: string) =>
    queryOptions({ queryKey: key('cases', unit, period), queryFn: () => api<Items<Case>>('GET', `/api/v1/oversight/cases?${query({ period, unit })}`) }),
  case: (id: number) => queryOptions({ queryKey: key('case', id), queryFn: () => api<Case>('GET', `/api/v1/oversight/cases/${id}`) }),
  discipline: (unit: string, period: string) =>
    queryOptions({ queryKey: key('discipline', unit, period), queryFn: () => api<Items<Discipline>>('GET', `/api/v1/oversight/discipline?${query({ period, unit })}`) }),
  ratings: (unit: string, year: number, step: string) =>
    queryOptions({ queryKey: key('ratings', unit, year, step), queryFn: () => api<Items<Rating>>('GET', `/api/v1/oversight/ratings?${query({ year, step, unit })}`) }),
  ruleSets: () => queryOptions({ queryKey: key('rule-sets'), queryFn: () => api<Items<RuleSet>>('GET', '/api/v1/oversight/rule-sets'), staleTime: Infinity }),
  members: () => queryOptions({ queryKey: key('members'), queryFn: () => api<Items<Member>>('GET', '/api/v1/party-members') }),
  admissions: () => queryOptions({ queryKey: key('admissions'), queryFn: () => api<Items<Admission>>('GET', '/api/v1/oversight/admissions') }),
};

type Body = Record<string, unknown>;
export const openCase = (body: Body) => api<Case>('POST', '/api/v1/oversight/cases', body);
export const concludeCase = (id: number, body: Body) => api<Case>('POST', `/api/v1/oversight/cases/${id}/conclusion`, body);
export const remedyDone = (id: number, r: Remedy, doneOn: string) =>
  api<Case>('PATCH', `/api/v1/oversight/cases/${id}/remedies/${r.id}`, { done_on: doneOn, version: r.version });
export const recordDiscipline = (body: Body) => api<Discipline>('POST', '/api/v1/oversight/discipline', body);
export const recordNotice = (d: Discipline, notifiedOn: string) =>
  api<Discipline>('POST', `/api/v1/oversight/discipline/${d.id}/notice`, { notified_on: notifiedOn, version: d.version });
export const recordComplaint = (d: Discipline, body: { received_on: string; note?: string }) =>
  api('POST', `/api/v1/oversight/discipline/${d.id}/complaints`, body);
export const rate = (body: Body) => api<Rating>('POST', '/api/v1/oversight/ratings', body);
export const adoptProgramme = (body: Body) => api('POST', '/api/v1/oversight/programmes', body);
export const addMember = (body: Body) => api<Member>('POST', '/api/v1/party-members', body);
export const changeMember = (code: string, body: Body) => api<Member>('PATCH', `/api/v1/party-members/${encodeURIComponent(code)}`, body);
export const openAdmission = (body: Body) => api<Admission>('POST', '/api/v1/oversight/admissions', body);
export const admissionStep = (a: Admission, kind: 'steps' | 'decision' | 'confirmation', body: Body) =>
  api<Admission>('POST', `/api/v1/oversight/admissions/${a.id}/${kind}`, body);
