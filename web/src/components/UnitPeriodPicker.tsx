// Choosing the unit (from the hierarchy as it stood at the end of the period) and the period.
import { useQuery } from '@tanstack/react-query';
import { Select, Space, TreeSelect } from 'antd';
import { useMemo } from 'react';

import { api, type Items, type Unit } from '../api';
import { formatPeriod } from '../format';
import { useI18n } from '../i18n';
import { periodEnd } from '../selection';

interface TreeNode {
  value: string;
  title: string;
  children: TreeNode[];
}

export function unitTree(units: Unit[]): TreeNode[] {
  const nodes = new Map(units.map((u) => [u.code, { value: u.code, title: `${u.name} (${u.code})`, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.code)!;
    const parent = u.parent ? nodes.get(u.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export async function allUnits(at: string): Promise<Unit[]> {
  const out: Unit[] = [];
  let cursor: string | null = null;
  do {
    const page: Items<Unit> = await api('GET', `/api/v1/units?at=${at}&limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
}

function periodOptions(lang: 'vi' | 'en') {
  const thisYear = new Date().getFullYear();
  const groups = [];
  for (let y = thisYear + 1; y >= 2018; y--) {
    const codes = [`${y}`, `${y}-9M`, `${y}-6M`, `${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`];
    groups.push({ label: String(y), options: codes.map((c) => ({ value: c, label: formatPeriod(c, lang) })) });
  }
  return groups;
}

export function UnitPeriodPicker({ unit, period, onChange }: {
  unit: string;
  period: string;
  onChange: (v: { unit?: string; period?: string }) => void;
}) {
  const { t, lang } = useI18n();
  const at = periodEnd(period);
  const units = useQuery({ queryKey: ['units', at], queryFn: () => allUnits(at) });
  const tree = useMemo(() => unitTree(units.data ?? []), [units.data]);
  const options = useMemo(() => periodOptions(lang), [lang]);
  return (
    <Space wrap>
      <TreeSelect
        aria-label={t('unit')}
        data-testid="unit-picker"
        style={{ minWidth: 260 }}
        value={unit || undefined}
        treeData={tree}
        treeDefaultExpandAll
        showSearch
        treeNodeFilterProp="title"
        loading={units.isPending}
        onChange={(v) => onChange({ unit: v })}
      />
      <Select
        aria-label={t('period')}
        data-testid="period-picker"
        style={{ minWidth: 200 }}
        value={period || undefined}
        options={options}
        showSearch
        onChange={(v) => onChange({ period: v })}
      />
    </Space>
  );
}
