// The hierarchy as it stood on a day, for choosing party organisations, and the names of units
// then and before.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { api, type Items, type Unit } from '../../api';
import { allUnits, unitTree } from '../../components/UnitPeriodPicker';

const partyKinds = new Set(['party_committee', 'party_organization', 'party_cell']);

export function useUnitsAt(at: string) {
  const units = useQuery({ queryKey: ['units', at], queryFn: () => allUnits(at) });
  // Records name organisations that may have closed since (the 2025 reorganisation): their names too.
  const closed = useQuery({ queryKey: ['units', 'closed', at], queryFn: () => api<Items<Unit>>('GET', `/api/v1/units?at=${at}&state=closed`) });
  return useMemo(() => {
    const all = units.data ?? [];
    const names = new Map([...(closed.data?.items ?? []), ...all].map((u) => [u.code, u.name]));
    return {
      loading: units.isPending,
      tree: unitTree(all),
      partyTree: unitTree(all.filter((u) => partyKinds.has(u.kind))),
      name: (code: string) => names.get(code) ?? code,
    };
  }, [units.data, units.isPending, closed.data]);
}
