// The hierarchy as it stood on a day, for naming units and choosing party organisations.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { allUnits, unitTree } from '../../components/UnitPeriodPicker';

const partyKinds = new Set(['party_committee', 'party_organization', 'party_cell']);

export function useUnitsAt(at: string) {
  const units = useQuery({ queryKey: ['units', at], queryFn: () => allUnits(at) });
  return useMemo(() => {
    const all = units.data ?? [];
    const names = new Map(all.map((u) => [u.code, u.name]));
    return {
      loading: units.isPending,
      tree: unitTree(all),
      partyTree: unitTree(all.filter((u) => partyKinds.has(u.kind))),
      name: (code: string) => names.get(code) ?? code,
    };
  }, [units.data, units.isPending]);
}
