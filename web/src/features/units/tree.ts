// Units as a tree for pickers, and their names in the interface's language.
import type { Lang } from '../../i18n';
import type { Unit } from './api';

export interface UnitNode {
  value: string;
  title: string;
  children: UnitNode[];
}

export const unitName = (u: Pick<Unit, 'name' | 'name_en'>, lang: Lang) => (lang === 'en' && u.name_en) || u.name;

// Roots first; a unit whose parent is not in the list is a root.
export function unitTree(units: Unit[], lang: Lang = 'vi'): UnitNode[] {
  const nodes = new Map(units.map((u) => [u.code, { value: u.code, title: `${unitName(u, lang)} (${u.code})`, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.code)!;
    const parent = u.parent ? nodes.get(u.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

// The codes of `root` and every unit below it in `units`.
export function subtree(units: Pick<Unit, 'code' | 'parent'>[], root: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parent) children.set(u.parent, [...(children.get(u.parent) ?? []), u.code]);
  const out = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const code = stack.pop()!;
    if (out.has(code)) continue;
    out.add(code);
    stack.push(...(children.get(code) ?? []));
  }
  return out;
}
