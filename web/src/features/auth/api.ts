// Signing in and out, and who is signed in.
import { queryOptions } from '@tanstack/react-query';

import { api, setCsrfToken } from '../../api/client';
import type { Schema } from '../../api/types';

export type Me = Schema['Me'];

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async () => {
    const me = await api<Me>('GET', '/api/v1/me');
    setCsrfToken(me.csrf_token ?? null);
    return me;
  },
  retry: false,
  staleTime: Infinity,
});

export async function login(username: string, password: string) {
  const r = await api<{ csrf_token: string }>('POST', '/api/v1/auth/login', { username, password });
  setCsrfToken(r.csrf_token);
}

export async function logout() {
  await api('POST', '/api/v1/auth/logout').catch(() => undefined);
  setCsrfToken(null);
}
