import { expect, test } from 'vitest';

import type { Petition } from '../petitions/api';
import { letterCounts, overdueOfPeriod, taskCounts } from './unitWork';

const row = (unit: string, overdue: number) => ({ unit, unit_name: unit, in_progress: 1, overdue, done_on_time: 2, done_late: 0, cancelled: 0, on_time_pct: null });

test('tasks are counted for the chosen unit and those below it only', () => {
  const counts = taskCounts([row('436', 2), row('18073', 1), row('999', 7)], new Set(['436', '18073']));
  expect(counts).toEqual({ in_progress: 2, overdue: 3, done_on_time: 4, done_late: 0, cancelled: 0 });
});

test('letters are counted within the period and the units', () => {
  const letter = (handling_unit: string, received_on: string, status: string, open: boolean) =>
    ({ handling_unit, received_on, status, open }) as Petition;
  const letters = [
    letter('18073', '2022-03-01', 'resolution_overdue', true),
    letter('18073', '2022-05-01', 'resolved', false),
    letter('18073', '2021-12-31', 'resolved', false),
    letter('999', '2022-05-01', 'in_resolution', true),
  ];
  expect(letterCounts(letters, new Set(['18073']), '2022-01-01', '2022-12-31')).toEqual({ received: 2, open: 1, overdue: 1, resolved: 1 });
});

test('the overdue tasks listed under a period are those due by its end, like its count', () => {
  const tasks = [{ id: 1, due: '2022-12-31' }, { id: 2, due: '2023-12-31' }, { id: 3, due: '2021-06-30' }];
  expect(overdueOfPeriod(tasks, '2022-12-31').map((t) => t.id)).toEqual([1, 3]);
});
