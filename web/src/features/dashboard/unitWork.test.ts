import { expect, test } from 'vitest';

import { overdueOfPeriod, taskCounts } from './unitWork';

const row = (unit: string, overdue: number) => ({ unit, unit_name: unit, in_progress: 1, overdue, done_on_time: 2, done_late: 0, cancelled: 0, on_time_pct: null });

test('tasks are counted for the chosen unit and those below it only', () => {
  const counts = taskCounts([row('436', 2), row('18073', 1), row('999', 7)], new Set(['436', '18073']));
  expect(counts).toEqual({ in_progress: 2, overdue: 3, done_on_time: 4, done_late: 0, cancelled: 0 });
});

test('the overdue tasks listed under a period are those due by its end, like its count', () => {
  const tasks = [{ id: 1, due: '2022-12-31' }, { id: 2, due: '2023-12-31' }, { id: 3, due: '2021-06-30' }];
  expect(overdueOfPeriod(tasks, '2022-12-31').map((t) => t.id)).toEqual([1, 3]);
});
