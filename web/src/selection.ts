// The unit and period a page shows, kept in the URL (?unit=436&period=2022) so that a view can
// be shared. When absent: the signed-in user's scope unit, else the unit the plans are made for
// (the city); and the current year when that unit has targets for it, else the latest year
// before it with figures.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';

import { useMe } from './features/auth/session';
import { fetchScorecard, targetQueries, type Plan } from './features/targets/api';
import { todayInVietnam } from './format';

// The unit pages open on: the user's scope, else the unit of the first plan (the city).
export function defaultUnit(userUnit: string | null | undefined, plans: Pick<Plan, 'unit'>[]): string {
  return userUnit ?? plans[0]?.unit ?? '';
}

// Candidate years of a unit's plans, newest first, none after `thisYear`.
export function planYears(plans: Pick<Plan, 'unit' | 'period_to'>[], unit: string, thisYear: number): string[] {
  const years = plans.filter((p) => p.unit === unit).map((p) => p.period_to.slice(0, 4)).filter((y) => Number(y) <= thisYear);
  return [...new Set(years)].sort().reverse();
}

async function defaultPeriod(unit: string, years: string[], thisYear: number): Promise<string> {
  if (years[0] === String(thisYear)) return years[0];
  for (const year of years) {
    const card = await fetchScorecard(unit, year);
    if (card.total > card.no_data) return year;
  }
  return years[0] ?? String(thisYear);
}

export function useDefaultUnit(): string | null {
  const me = useMe();
  const plans = useQuery({ ...targetQueries.plans(null), enabled: !!me.data && !me.data.unit });
  if (!me.data) return null;
  if (me.data.unit) return me.data.unit;
  return plans.data ? defaultUnit(null, plans.data.items) : null;
}

export function useSelection() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const unitDefault = useDefaultUnit();
  const unit = params.get('unit');
  const period = params.get('period');
  const missing = !unit || !period;
  const chosenUnit = unit ?? unitDefault;
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const plans = useQuery({ ...targetQueries.plans(chosenUnit), enabled: missing && !period && !!chosenUnit });
  const fallback = useQuery({
    queryKey: ['default-period', chosenUnit, thisYear],
    queryFn: () => defaultPeriod(chosenUnit!, planYears(plans.data!.items, chosenUnit!, thisYear), thisYear),
    enabled: missing && !period && !!chosenUnit && !!plans.data,
    staleTime: Infinity,
  });
  useEffect(() => {
    if (!missing || !chosenUnit || (!period && !fallback.data)) return;
    // The user may have left for another page while the defaults were loading (the new page is
    // still being fetched, this one still shown): writing them now would take the user back.
    if (window.location.pathname !== location.pathname) return;
    const next = new URLSearchParams(params);
    next.set('unit', chosenUnit);
    next.set('period', period ?? fallback.data!);
    setParams(next, { replace: true });
  }, [missing, chosenUnit, period, fallback.data, params, setParams, location.pathname]);
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
  if (!m) return todayInVietnam();
  const year = Number(m[1]);
  let month = 12;
  if (m[2] === '6M') month = 6;
  else if (m[2] === '9M') month = 9;
  else if (m[3]) month = Number(m[3]) * 3;
  else if (m[4]) month = Number(m[4]);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
