import { useCallback, useMemo, useState } from 'react';
import { GraphCanvas } from '../../components/GraphCanvas/GraphCanvas';
import { useCentreRequest } from '../../components/GraphCanvas/useCentreRequest';
import { AnalysisDateNote } from '../../components/AnalysisDateNote/AnalysisDateNote';
import { LoadError } from '../../components/LoadError/LoadError';
import { useOperation } from '../../core/data/useOperation';
import { useMessages } from '../../core/i18n/useLanguage';
import { kindNames } from '../../core/i18n/vocabulary';
import { toSiloElements } from '../../core/silos/siloElements';
import { filterActors, filterBodies, noSiloFilters, siloOptions, type SiloFilters } from '../../core/silos/siloFilters';
import { silosQuery } from '../../core/silos/silosQuery';
import type { NodeKind } from '../../graphql/generated/graphql';
import type { ViewProps } from '../viewRegistry';
import { FigureExplanations } from './FigureExplanations';
import { FlagExplanations } from './FlagExplanations';
import { siloMessages } from './messages';
import { SiloDetails } from './SiloDetails';
import { siloStyle } from './siloStyle';
import { ActorSiloTable, BodySiloTable } from './SiloTables';
import './silos.css';

/**
 * Where cooperation only happens one-to-one: the cooperation graph with hub municipalities and
 * stovepipes highlighted, the figures in sortable tables, and every flag explained in plain words.
 */
export function SilosPage({ asOf, onAsOfChange }: ViewProps) {
  const { t, language } = useMessages(siloMessages);
  const { state, retry } = useOperation(silosQuery, { asOf });
  const [filters, setFilters] = useState<SiloFilters>(noSiloFilters);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [renderedCount, setRenderedCount] = useState<number | null>(null);
  const { centreOn, centre, graphArea } = useCentreRequest();

  const report = state.status === 'ready' ? state.data.silos : null;
  const options = useMemo(() => siloOptions(report?.actors ?? []), [report]);
  const actors = useMemo(() => filterActors(report?.actors ?? [], filters), [report, filters]);
  const bodies = useMemo(() => filterBodies(report?.bodies ?? [], filters), [report, filters]);
  const elements = useMemo(() => toSiloElements(actors), [actors]);
  const selected = report?.actors.find((silo) => silo.actor.id === selectedId) ?? null;
  const highlightIds = useMemo(
    () => (selected === null ? undefined : new Set([selected.actor.id, ...selected.ties.map((tie) => tie.partner.id)])),
    [selected],
  );
  const flagged = (flag: string) => actors.filter((silo) => silo.flags.some((candidate) => candidate === flag)).length;

  const select = useCallback((id: string | null) => setSelectedId(id), []);
  // An actor picked in the table is brought into view on the graph.
  const pick = useCallback((id: string) => {
    setSelectedId(id);
    centre(id);
  }, [centre]);
  const rendered = useCallback((count: number) => setRenderedCount(count), []);

  return (
    <div className="silos-view" data-testid="silos-view">
      <div className="view-bar silos-bar">
        <h2>{t('heading')}</h2>
        {report === null ? null : <AnalysisDateNote asOf={report.asOf} basis={report.asOfBasis} onAsOfChange={onAsOfChange} />}
        <span className="silo-counts" data-testid="silo-counts" data-rendered-nodes={renderedCount ?? ''}>
          {t('oneAgencyAtATime')}: {flagged('oneAgencyAtATime')} · {t('stovepipe')}: {flagged('stovepipe')} · {t('twoPartyBody')}:{' '}
          {bodies.filter((silo) => silo.flags.length > 0).length}
        </span>
        <label>
          {t('countyFilter')}{' '}
          <select value={filters.countyId} data-testid="silo-county-filter" onChange={(event) => setFilters({ ...filters, countyId: event.target.value })}>
            <option value="">{t('national')}</option>
            {options.counties.map((county) => (
              <option key={county.id} value={county.id}>
                {county.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('kindFilter')}{' '}
          <select value={filters.kind} onChange={(event) => setFilters({ ...filters, kind: event.target.value as NodeKind | '' })}>
            <option value="">{t('allKinds')}</option>
            {[...options.kinds, 'Body' as const].map((kind) => (
              <option key={kind} value={kind}>
                {kindNames[kind][language]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={filters.flaggedOnly} onChange={(event) => setFilters({ ...filters, flaggedOnly: event.target.checked })} /> {t('flaggedOnly')}
        </label>
      </div>
      <p className="silos-intro muted">{t('intro')}</p>
      <main className="workspace">
        <div className="graph-area" ref={graphArea}>
          {state.status === 'loading' ? <p className="status" role="status">{t('loading')}</p> : null}
          {state.status === 'error' ? <LoadError failed={t('failed')} error={state} onRetry={retry} /> : null}
          {report !== null && actors.length === 0 ? <p className="status">{t('empty')}</p> : null}
          <GraphCanvas
            elements={elements}
            selectedId={selectedId}
            onSelect={select}
            onRendered={rendered}
            highlightIds={highlightIds}
            extraStyle={siloStyle}
            centreOn={centreOn}
            label={t('graphLabel')}
            texts={{ loading: t('graphLoading'), instructions: t('graphInstructions') }}
          />
          <ul className="silo-legend">
            <li>
              <span className="legend-line" style={{ borderTopColor: '#D55E00', borderTopWidth: 4 }} aria-hidden="true" />
              {t('legendOneToOne')}
            </li>
            <li>
              <span className="legend-line" style={{ borderTopColor: '#999', borderTopWidth: 1 }} aria-hidden="true" />
              {t('legendShared')}
            </li>
          </ul>
        </div>
        <div className="silos-side">
          {selected === null ? <p className="hint">{t('selectHint')}</p> : <SiloDetails key={selected.actor.id} silo={selected} onClose={() => setSelectedId(null)} />}
          <h3>{t('flagsHeading')}</h3>
          <FlagExplanations />
          <ActorSiloTable actors={actors} selectedId={selectedId} onSelect={pick} />
          <h3>{t('figuresHeading')}</h3>
          <FigureExplanations />
          <BodySiloTable bodies={bodies} />
        </div>
      </main>
    </div>
  );
}
