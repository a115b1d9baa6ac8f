// Choosing a year, with its visible label; the newest first.
import { Select } from 'antd';

import { useI18n } from '../i18n';

export function YearPicker({ value, years, onChange, id = 'year-picker' }: { value: number; years: number[]; onChange: (y: number) => void; id?: string }) {
  const { t } = useI18n();
  const options = [...new Set([...years, value])].sort((a, b) => b - a).map((y) => ({ value: y, label: String(y) }));
  return (
    <label className="picker">
      <span>{t('year')}</span>
      <Select id={id} data-testid={id} style={{ width: 110 }} value={value} options={options} onChange={onChange} />
    </label>
  );
}

// The years offered by default: from next year back to `first`.
export function yearsBack(thisYear: number, first = 2018): number[] {
  return Array.from({ length: thisYear + 2 - first }, (_, i) => thisYear + 1 - i);
}
