// A column of amounts in one unit (tỷ or triệu đồng, named in the header) for antd tables.
import type { ColumnType } from 'antd/es/table';

import { formatInScale, moneyScale, type Lang } from '../../format';

export function moneyColumn<T>(key: string, title: string, rows: readonly T[], amount: (row: T) => number, lang: Lang): ColumnType<T> {
  const scale = moneyScale(rows.map(amount), lang);
  return { key, title: `${title} (${scale.unit})`, align: 'right', render: (_: unknown, row: T) => formatInScale(amount(row), scale, lang) };
}
