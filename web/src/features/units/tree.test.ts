import { expect, test } from 'vitest';

import type { Unit } from './api';
import { subtree, unitName, unitTree } from './tree';

const unit = (code: string, parent: string | null, name: string, name_en: string | null = null) => ({ code, parent, name, name_en }) as Unit;
const units = [unit('42', null, 'Tỉnh Hà Tĩnh', 'Ha Tinh Province'), unit('436', '42', 'Thành phố Hà Tĩnh'), unit('18073', '436', 'Phường Trần Phú'), unit('440', '42', 'Huyện Hương Sơn')];

test('a tree of units for a picker, each named with its code', () => {
  const [root] = unitTree(units);
  expect(root.title).toBe('Tỉnh Hà Tĩnh (42)');
  expect(root.children.map((c) => c.value)).toEqual(['436', '440']);
  expect(root.children[0].children[0].title).toBe('Phường Trần Phú (18073)');
});

test('English names where there are, Vietnamese otherwise', () => {
  expect(unitName(units[0], 'en')).toBe('Ha Tinh Province');
  expect(unitName(units[1], 'en')).toBe('Thành phố Hà Tĩnh');
});

test('a unit and all below it', () => {
  expect([...subtree(units, '436')].sort()).toEqual(['18073', '436']);
});
