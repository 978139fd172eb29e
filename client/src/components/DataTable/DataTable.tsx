import { useMemo, useState, type ReactNode } from 'react';
import { useMessages } from '../../core/i18n/useLanguage';
import { componentMessages } from '../messages';

export interface Column<Row> {
  key: string;
  header: string;
  /** What is shown; a cell may hold a button (to select the row's node). */
  cell: (row: Row) => ReactNode;
  /** What the column sorts by. */
  sortValue: (row: Row) => string | number;
  /** What the column means, shown as the header's tooltip. */
  description?: string;
  /** Sorts largest first on the first click (for measures, where the top is what one looks for). */
  descendingFirst?: boolean;
}

export interface DataTableProps<Row> {
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  selectedKey?: string | null;
  testId?: string;
  /** Rows beyond this are left out with a note, so a very large table stays quick. */
  limit?: number;
  /** The order before any header is clicked; left out: by the first column, ascending. */
  initialSort?: { key: string; ascending: boolean };
}

/** A sortable table: the equivalent of a graph view for reading row by row and for keyboard and screen reader use. */
export function DataTable<Row>({ caption, rows, columns, rowKey, selectedKey = null, testId, limit = 2000, initialSort }: DataTableProps<Row>) {
  const { t, language } = useMessages(componentMessages);
  const [sort, setSort] = useState<{ key: string; ascending: boolean }>(initialSort ?? { key: columns[0]?.key ?? '', ascending: true });
  const sorted = useMemo(() => {
    const column = columns.find((candidate) => candidate.key === sort.key);
    if (column === undefined) return rows;
    const collator = new Intl.Collator(language === 'sv' ? 'sv' : 'en', { numeric: true });
    return [...rows].sort((a, b) => {
      const x = column.sortValue(a);
      const y = column.sortValue(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sort.ascending ? order : -order;
    });
  }, [rows, columns, sort, language]);

  return (
    <div className="data-table" data-testid={testId}>
      <table>
        <caption>
          {caption} ({rows.length})
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={sort.key === column.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  title={column.description === undefined ? `${t('sortBy')} ${column.header}` : `${column.description}\n\n${t('sortBy')} ${column.header}`}
                  data-testid={testId === undefined ? undefined : `${testId}-sort-${column.key}`}
                  onClick={() =>
                    setSort((current) => ({ key: column.key, ascending: current.key === column.key ? !current.ascending : column.descendingFirst !== true }))
                  }
                >
                  {column.header}
                  <span aria-hidden="true">{sort.key === column.key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, limit).map((row) => {
            const key = rowKey(row);
            return (
              <tr key={key} className={key === selectedKey ? 'selected' : undefined} aria-selected={key === selectedKey}>
                {columns.map((column) => (
                  <td key={column.key}>{column.cell(row)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="muted">{t('emptyTable')}</p> : null}
      {rows.length > limit ? <p className="muted">… {rows.length - limit}</p> : null}
    </div>
  );
}
