// A table on screens 576 px and wider; below that, a list of cards (one per row: the first column
// as its title, the others as label–value pairs), so that nothing is cut on a phone.
import { Button, Card, Empty, Grid, Table, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';

import { useI18n } from '../i18n';

const pageSize = 20;

function cell<T>(column: ColumnType<T>, row: T, index: number): ReactNode {
  const path = column.dataIndex;
  const value = path === undefined ? undefined : (row as Record<string, unknown>)[String(path)];
  return column.render ? (column.render(value, row, index) as ReactNode) : (value as ReactNode);
}

const blank = (node: ReactNode) => node === null || node === undefined || node === false || node === '';

export function ResponsiveTable<T extends object>(props: Omit<TableProps<T>, 'rowKey'> & { rowKey: (keyof T & string) | ((row: T) => string) }) {
  const narrow = Grid.useBreakpoint().sm === false;
  const { t } = useI18n();
  const [shown, setShown] = useState(pageSize);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  if (!narrow) return <Table<T> {...props} />;
  const rows = (props.dataSource ?? []) as T[];
  const columns = (props.columns ?? []) as ColumnType<T>[];
  const rowKey = props.rowKey;
  const key = (row: T) => String(typeof rowKey === 'function' ? rowKey(row) : row[rowKey]);
  const expand = props.expandable?.expandedRowRender;
  if (rows.length === 0) return <Empty description={t('noData')} />;
  return (
    <div className="card-list" data-testid={(props as { 'data-testid'?: string })['data-testid']}>
      {rows.slice(0, shown).map((row, index) => {
        const [first, ...rest] = columns;
        const k = key(row);
        return (
          <Card key={k} size="small" title={first && cell(first, row, index)} styles={{ header: { whiteSpace: 'normal' } }}>
            <dl>
              {rest.map((c, i) => {
                const content = cell(c, row, index);
                if (blank(content)) return null;
                return [<dt key={`t${i}`}>{c.title as ReactNode}</dt>, <dd key={`d${i}`}>{content}</dd>];
              })}
            </dl>
            {expand && (
              <>
                <Button type="link" style={{ padding: 0 }} aria-expanded={expanded.has(k)}
                  onClick={() => setExpanded((s) => { const n = new Set(s); if (n.has(k)) n.delete(k); else n.add(k); return n; })}>
                  {t('breakdown')}
                </Button>
                {expanded.has(k) && expand(row, index, 0, true)}
              </>
            )}
          </Card>
        );
      })}
      {rows.length > shown && <Button onClick={() => setShown(shown + pageSize)}>{t('loadMore')}</Button>}
    </div>
  );
}
