// Citizens' letters: the queue, one letter, intake with duplicate suggestions, steps, statistics,
// the lookup PIN, the denouncers (for those granted), and the citizen's public lookup.
import { queryOptions } from '@tanstack/react-query';

import { api, query, type Items } from '../../api/client';
import type { Schema } from '../../api/types';

export type Petition = Schema['Petition'];
export type PetitionDetail = Schema['PetitionDetail'];
export type PetitionStatus = Schema['PetitionStatus'];
export type PetitionStats = Schema['PetitionStats'];
export type PetitionReceived = Schema['PetitionReceived'];
export type PublicStatus = Schema['PublicPetitionStatus'];
export type Person = Schema['Person'];

export interface PetitionFilter {
  status?: string;
  type?: string;
  q?: string;
  long_unresolved?: boolean;
}

export const petitionKeys = { all: ['petitions'] as const };

export const petitionQueries = {
  list: (filter: PetitionFilter) =>
    queryOptions({
      queryKey: [...petitionKeys.all, 'list', filter],
      queryFn: () => api<Items<Petition>>('GET', `/api/v1/petitions?${query({ ...filter })}`),
    }),
  detail: (id: number) =>
    queryOptions({ queryKey: [...petitionKeys.all, 'detail', id], queryFn: () => api<PetitionDetail>('GET', `/api/v1/petitions/${id}`) }),
  // The counts of the letters received in `period`; with `unit`, only those its subtree handles.
  stats: (period: string, unit?: string) =>
    queryOptions({
      queryKey: [...petitionKeys.all, 'stats', period, unit ?? ''],
      queryFn: () => api<PetitionStats>('GET', `/api/v1/petitions/stats?${query({ period, unit })}`),
    }),
};

export interface Intake {
  channel: string;
  received_on: string;
  types: string[];
  field: string;
  content: string;
  handling_unit: string;
  concerned_unit?: string;
  concerned_person?: string;
  anonymous: boolean;
  petitioners: { name?: string; phone?: string; address?: string }[];
}

export const receivePetition = (p: Intake) => api<PetitionReceived>('POST', '/api/v1/petitions', p);

export interface DuplicateSuggestion { id: number; tracking_code: string; received_on: string; reason: 'same_petitioner' | 'similar_content' }

export const suggestDuplicates = (content: string, name?: string) =>
  api<{ items: DuplicateSuggestion[] }>('POST', '/api/v1/petitions/duplicate-check', { content, petitioners: name ? [{ name }] : [] });

export const recordStep = (id: number, step: Record<string, unknown>) => api<PetitionDetail>('POST', `/api/v1/petitions/${id}/events`, step);

export const renewLookupPin = (id: number) => api<{ lookup_pin: string }>('POST', `/api/v1/petitions/${id}/lookup-pin`);

export const denouncers = (id: number) => api<{ items: Person[] }>('GET', `/api/v1/petitions/${id}/denouncers`);

export const lookUp = (trackingCode: string, pin: string) =>
  api<PublicStatus>('POST', '/api/v1/public/petitions/lookup', { tracking_code: trackingCode, pin });
