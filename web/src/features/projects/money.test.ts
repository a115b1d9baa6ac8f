import { expect, test } from 'vitest';

import { moneyColumn } from './money';

test('a column of amounts has one unit, named in its header', () => {
  const rows = [{ a: 3_831_000_000 }, { a: 695_000_000 }];
  const column = moneyColumn('a', 'Kế hoạch', rows, (r) => r.a, 'vi');
  expect(column.title).toBe('Kế hoạch (tỷ đồng)');
  const cells = rows.map((r) => (column.render as (v: unknown, r: { a: number }) => string)(undefined, r));
  expect(cells).toEqual(['3,831', '0,695']);
});

test('a column of smaller amounts is in millions', () => {
  const column = moneyColumn('a', 'Paid', [{ a: 695_000_000 }], (r) => r.a, 'en');
  expect(column.title).toBe('Paid (million đồng)');
});
