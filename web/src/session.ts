// The logged-in user: GET /api/v1/me, kept by TanStack Query under the key ['me'].
import { useQuery } from '@tanstack/react-query';

import { api, ApiError, setCsrfToken, type Me } from './api';

export function useMe() {
  return useQuery<Me, ApiError>({
    queryKey: ['me'],
    queryFn: async () => {
      const me = await api<Me>('GET', '/api/v1/me');
      setCsrfToken(me.csrf_token ?? null);
      return me;
    },
    retry: false,
    staleTime: Infinity,
  });
}

export function can(me: Me | undefined, permission: string): boolean {
  return !!me && me.permissions.includes(permission);
}
