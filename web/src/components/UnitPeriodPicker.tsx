// Choosing the unit (from the hierarchy as it stood at the end of the period) and the period,
// each with its visible label.
import { Select, Space } from 'antd';
import { useMemo } from 'react';

import { formatPeriod, todayInVietnam, type Lang } from '../format';
import { useI18n } from '../i18n';
import { periodEnd } from '../selection';
import { UnitPicker } from './UnitPicker';

export function periodOptions(lang: Lang, thisYear = Number(todayInVietnam().slice(0, 4))) {
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
  const options = useMemo(() => periodOptions(lang), [lang]);
  return (
    <Space wrap>
      <UnitPicker value={unit || undefined} at={periodEnd(period)} onChange={(v) => v && onChange({ unit: v })} />
      <label className="picker">
        <span>{t('period')}</span>
        <Select id="period-picker" data-testid="period-picker" style={{ width: 200 }} value={period || undefined} options={options}
          showSearch onChange={(v) => onChange({ period: v })} />
      </label>
    </Space>
  );
}
