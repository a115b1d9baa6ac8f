import { expect, test } from 'vitest';

import { overdueOfPeriod } from './unitWork';

test('the overdue tasks listed under a period are those due by its end, like its count', () => {
  const tasks = [{ id: 1, due: '2022-12-31' }, { id: 2, due: '2023-12-31' }, { id: 3, due: '2021-06-30' }];
  expect(overdueOfPeriod(tasks, '2022-12-31').map((t) => t.id)).toEqual([1, 3]);
});
