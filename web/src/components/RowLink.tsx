// A row's way in: a real link (Tab reaches it, Enter opens it, it can open in a new tab) to the
// list's address with ?open=id, which the page turns into the open drawer.
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';

import { withOpen } from '../paths';

export function RowLink({ id, children, testId, to }: { id: number | string; children: ReactNode; testId?: string; to?: string }) {
  const { search } = useLocation();
  return <Link className="row-link" to={(to ?? '') + withOpen(to ? '' : search, id)} data-testid={testId}>{children}</Link>;
}
