// The unit and period a page shows, kept in the URL (?unit=436&period=2022) so that a view can
// be shared. When absent, the user's own unit and the newest period with figures are chosen.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';

import { api, type Items, type Plan, type Scorecard } from './api';
import { useMe } from './session';

async function defaults(userUnit: string | null): Promise<{ unit: string; period: string }> {
  const plans = (await api<Items<Plan>>('GET', `/api/v1/plans${userUnit ? `?unit=${encodeURIComponent(userUnit)}` : ''}`)).items;
  const unit = userUnit ?? plans[0]?.unit ?? '';
  const years = [...new Set(plans.filter((p) => p.unit === unit).map((p) => p.period_to))].sort().reverse();
  for (const year of years) {
    const card = await api<Scorecard>('GET', `/api/v1/scorecard?unit=${encodeURIComponent(unit)}&period=${year}`);
    if (card.total > card.no_data) return { unit, period: year };
  }
  return { unit, period: years[0] ?? String(new Date().getFullYear()) };
}

export function useSelection() {
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const unit = params.get('unit');
  const period = params.get('period');
  const missing = !unit || !period;
  const fallback = useQuery({
    queryKey: ['default-selection', me.data?.unit ?? null],
    queryFn: () => defaults(me.data?.unit ?? null),
    enabled: missing && !!me.data,
    staleTime: Infinity,
  });
  useEffect(() => {
    if (missing && fallback.data) {
      const next = new URLSearchParams(params);
      if (!unit) next.set('unit', fallback.data.unit);
      if (!period) next.set('period', fallback.data.period);
      setParams(next, { replace: true });
    }
  }, [missing, fallback.data, params, period, setParams, unit]);
  const select = (changes: { unit?: string; period?: string }) => {
    const next = new URLSearchParams(params);
    if (changes.unit) next.set('unit', changes.unit);
    if (changes.period) next.set('period', changes.period);
    setParams(next);
  };
  return { unit: unit ?? '', period: period ?? '', ready: !missing, select };
}

// The last day of a period code, for asking about the hierarchy as it stood then.
export function periodEnd(period: string): string {
  const m = /^(\d{4})(?:-(6M|9M|Q([1-4])|(\d{2})))?$/.exec(period);
  if (!m) return new Date().toISOString().slice(0, 10);
  const year = Number(m[1]);
  let month = 12;
  if (m[2] === '6M') month = 6;
  else if (m[2] === '9M') month = 9;
  else if (m[3]) month = Number(m[3]) * 3;
  else if (m[4]) month = Number(m[4]);
  const last = new Date(Date.UTC(year, month, 0));
  return last.toISOString().slice(0, 10);
}
