// The signed-in user (GET /api/v1/me) and what they may do.
import { useQuery, type UseQueryResult } from '@tanstack/react-query';

import type { ApiError } from '../../api/client';
import { meQuery, type Me } from './api';

export function useMe(): UseQueryResult<Me, ApiError> {
  return useQuery(meQuery) as UseQueryResult<Me, ApiError>;
}

export function can(me: Me | undefined, permission: string): boolean {
  return !!me && me.permissions.includes(permission);
}
