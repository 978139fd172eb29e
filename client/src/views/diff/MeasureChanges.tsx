import { useMemo, useState } from 'react';
import { LoadError } from '../../components/LoadError/LoadError';
import { formatMeasure, isMeasureKey, measureKeys, type MeasureKey } from '../../core/analytics/measures';
import { useOperation } from '../../core/data/useOperation';
import { useMessages } from '../../core/i18n/useLanguage';
import { kindNames } from '../../core/i18n/vocabulary';
import { changeUrl } from '../../core/urlState/useUrlState';
import type { GraphMode, MeasureChangesQuery, SnapshotFilterInput } from '../../graphql/generated/graphql';
import { measureChangesQuery } from './diffQuery';
import { diffMessages } from './messages';
import { sortChanges, type ChangeColumn, type ChangeSort } from './sortChanges';

type ChangeRow = MeasureChangesQuery['measureChanges']['nodes'][number];

const columns: { key: ChangeColumn; label: 'node' | 'valueFrom' | 'valueTo' | 'change' }[] = [
  { key: 'name', label: 'node' },
  { key: 'from', label: 'valueFrom' },
  { key: 'to', label: 'valueTo' },
  { key: 'change', label: 'change' },
];

interface Props {
  from: string;
  to: string;
  filter: SnapshotFilterInput;
  params: URLSearchParams;
}

/** For a chosen measure, each node's value on both dates and how it changed, as a table sortable by any column. */
export function MeasureChanges({ from, to, filter, params }: Props) {
  const { t, language } = useMessages(diffMessages);
  const chosen = params.get('diffMeasure');
  const measure: MeasureKey = isMeasureKey(chosen) ? chosen : 'betweenness';
  const mode: GraphMode = params.get('diffMode') === 'projected' ? 'projected' : 'twoMode';
  const [sort, setSort] = useState<ChangeSort>({ column: 'change', descending: true });
  const variables = useMemo(() => (from <= to ? { from, to, measure, mode, filter } : null), [from, to, measure, mode, filter]);
  const { state, retry } = useOperation(measureChangesQuery, variables);
  const rows = useMemo(() => (state.status === 'ready' ? sortChanges(state.data.measureChanges.nodes, sort, language) : []), [state, sort, language]);
  const setParam = (key: string, value: string) =>
    changeUrl((current) => {
      current.set(key, value);
      return current;
    });
  const value = (row: ChangeRow, column: 'from' | 'to' | 'change') => {
    const number = row[column];
    if (number === null) return <span className="muted">{t('notMeasured')}</span>;
    const text = formatMeasure(measure, number, language);
    return column === 'change' && number > 0 ? `+${text}` : text;
  };
  const sortBy = (column: ChangeColumn) => setSort((current) => ({ column, descending: current.column === column ? !current.descending : column !== 'name' }));

  return (
    <section className="measure-changes" aria-label={t('measureHeading')} data-testid="measure-changes">
      <h2>{t('measureHeading')}</h2>
      <div className="measure-changes-controls">
        <label>
          {t('measure')}{' '}
          <select data-testid="diff-measure" value={measure} onChange={(event) => setParam('diffMeasure', event.target.value)}>
            {measureKeys.map((key) => (
              <option key={key} value={key}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('graphMode')}{' '}
          <select data-testid="diff-mode" value={mode} onChange={(event) => setParam('diffMode', event.target.value)}>
            <option value="twoMode">{t('twoMode')}</option>
            <option value="projected">{t('projected')}</option>
          </select>
        </label>
      </div>
      {state.status === 'loading' ? <p className="status" role="status">{t('measuresLoading')}</p> : null}
      {state.status === 'error' ? <LoadError failed={t('measuresFailed')} error={state} onRetry={retry} /> : null}
      {state.status !== 'ready' ? null : (
        <div className="measure-changes-table">
          <table>
            <thead>
              <tr>
                {columns.map(({ key, label }) => (
                  <th key={key} scope="col" aria-sort={sort.column === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                    <button type="button" className="sort" data-testid={`sort-${key}`} title={`${t('sortBy')} ${t(label).toLowerCase()}`} onClick={() => sortBy(key)}>
                      {t(label)}
                      {sort.column === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="measure-change" data-id={row.id} data-change={row.change ?? ''}>
                  <th scope="row">
                    {row.name} <span className="muted">{kindNames[row.kind][language]}</span>
                  </th>
                  <td>{value(row, 'from')}</td>
                  <td>{value(row, 'to')}</td>
                  <td>{value(row, 'change')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
