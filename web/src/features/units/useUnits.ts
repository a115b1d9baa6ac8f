// The hierarchy on a day for choosing units, and the names of units then — closed ones too.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { useI18n } from '../../i18n';
import { unitQueries } from './api';
import { unitName, unitTree } from './tree';

const partyKinds = new Set(['party_committee', 'party_organization', 'party_cell']);

export function useUnits(at: string) {
  const { lang } = useI18n();
  const open = useQuery(unitQueries.at(at));
  const closed = useQuery(unitQueries.closed(at));
  return useMemo(() => {
    const all = open.data ?? [];
    const names = new Map([...(closed.data?.items ?? []), ...all].map((u) => [u.code, unitName(u, lang)]));
    return {
      loading: open.isPending,
      all,
      tree: unitTree(all, lang),
      partyTree: unitTree(all.filter((u) => partyKinds.has(u.kind)), lang),
      name: (code: string) => names.get(code) ?? code,
    };
  }, [open.data, open.isPending, closed.data, lang]);
}
