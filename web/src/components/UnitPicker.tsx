// Choosing one unit from the hierarchy as it stood on a day, with its visible label.
import { TreeSelect } from 'antd';

import { useUnits } from '../features/units/useUnits';
import { useI18n } from '../i18n';

export function UnitPicker({ value, at, onChange, id = 'unit-picker', allowClear = false, placeholder }: {
  value: string | undefined;
  at: string;
  onChange: (unit: string | undefined) => void;
  id?: string;
  allowClear?: boolean;
  placeholder?: string;
}) {
  const { t } = useI18n();
  const units = useUnits(at);
  return (
    <label className="picker">
      <span>{t('unit')}</span>
      <TreeSelect id={id} data-testid={id} style={{ width: 280 }} value={value} treeData={units.tree} treeDefaultExpandAll showSearch
        treeNodeFilterProp="title" loading={units.loading} onChange={onChange} allowClear={allowClear} placeholder={placeholder}
        popupMatchSelectWidth={false} />
    </label>
  );
}
