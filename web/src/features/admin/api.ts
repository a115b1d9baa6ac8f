// Accounts, their roles and scopes, and API tokens.
import { queryOptions } from '@tanstack/react-query';

import { api, type Items } from '../../api/client';
import type { Schema } from '../../api/types';

export type User = Schema['User'];
export type ApiToken = Schema['ApiToken'];

export const adminKeys = { users: ['users'] as const, tokens: ['tokens'] as const };

export const adminQueries = {
  users: () => queryOptions({ queryKey: adminKeys.users, queryFn: () => api<Items<User>>('GET', '/api/v1/users') }),
  tokens: () => queryOptions({ queryKey: adminKeys.tokens, queryFn: () => api<Items<ApiToken>>('GET', '/api/v1/tokens') }),
};

export const addUser = (u: Record<string, unknown>) => api<User>('POST', '/api/v1/users', u);
export const changeUser = (username: string, u: Record<string, unknown>) => api<User>('PATCH', `/api/v1/users/${encodeURIComponent(username)}`, u);
export const createToken = (t: { name: string; username: string; expires_in_days: number }) =>
  api<{ name: string; username: string; token: string }>('POST', '/api/v1/tokens', t);
export const revokeToken = (name: string) => api('POST', `/api/v1/tokens/${encodeURIComponent(name)}/revoke`);
