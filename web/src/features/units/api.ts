// The hierarchy of units as it stood on a day, and the units closed before it.
import { queryOptions } from '@tanstack/react-query';

import { api, query, type Items } from '../../api/client';
import type { Schema } from '../../api/types';

export type Unit = Schema['Unit'];

// Every unit open on `at`, all pages read.
export async function allUnits(at: string): Promise<Unit[]> {
  const out: Unit[] = [];
  let cursor: string | null = null;
  do {
    const page: Items<Unit> = await api('GET', `/api/v1/units?${query({ at, limit: 1000, cursor })}`);
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
}

export const unitQueries = {
  at: (at: string) => queryOptions({ queryKey: ['units', 'at', at], queryFn: () => allUnits(at), staleTime: 10 * 60_000 }),
  closed: (at: string) =>
    queryOptions({
      queryKey: ['units', 'closed', at],
      queryFn: () => api<Items<Unit>>('GET', `/api/v1/units?${query({ at, state: 'closed' })}`),
      staleTime: 10 * 60_000,
    }),
};

// Who a unit came from and went to, with the shares recorded on each basis.
export type UnitLineage = Schema['UnitLineage'];
export type LineageLink = Schema['LineageLink'];

export const lineageQuery = (code: string) =>
  queryOptions({
    queryKey: ['units', 'lineage', code],
    queryFn: () => api<UnitLineage>('GET', `/api/v1/units/${encodeURIComponent(code)}/lineage`),
    staleTime: 10 * 60_000,
  });

// A closed unit's open work and its handover to the units that took over (docs/targets.md,
// "Records follow").
export type OpenWork = Schema['OpenWork'];
export type OpenWorkItem = Schema['OpenWorkItem'];
export type HandedOver = Schema['HandedOver'];
export interface HandoverItem { kind: string; key: string; to: string }

export const openWorkQuery = (code: string) =>
  queryOptions({
    queryKey: ['units', 'open-work', code],
    queryFn: () => api<OpenWork>('GET', `/api/v1/units/${encodeURIComponent(code)}/open-work`),
  });

export const handOver = (code: string, items: HandoverItem[]) =>
  api<{ items: HandedOver[] }>('POST', `/api/v1/units/${encodeURIComponent(code)}/hand-over`, { items });
