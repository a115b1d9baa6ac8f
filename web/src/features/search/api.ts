// One search over everything the user may open (GET /api/v1/search), page by page.
import { infiniteQueryOptions } from '@tanstack/react-query';

import { api, query, type Items } from '../../api/client';
import type { Schema } from '../../api/types';

export type SearchHit = Schema['SearchHit'];

export const searchQueries = {
  hits: (q: string) =>
    infiniteQueryOptions({
      queryKey: ['search', q],
      initialPageParam: '',
      queryFn: ({ pageParam }) => api<Items<SearchHit>>('GET', `/api/v1/search?${query({ q, cursor: pageParam })}`),
      getNextPageParam: (last) => last.next ?? undefined,
    }),
};
