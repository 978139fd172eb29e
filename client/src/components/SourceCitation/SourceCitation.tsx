import { citedSourceQuery } from '../../core/citations/sourceQuery';
import { locatorCitation, sourceLabel } from '../../core/citations/locatorCitation';
import { useOperation } from '../../core/data/useOperation';
import { useLanguage } from '../../core/i18n/useLanguage';

/** "SOU 2007:104, lines 898–900" for a fact that carries only its source's id: the source is asked for by id. */
export function SourceCitation({ sourceId, locator }: { sourceId: string; locator: string }) {
  const { language } = useLanguage();
  const { state } = useOperation(citedSourceQuery, { id: sourceId });
  if (state.status !== 'ready') return <span className="citation">…</span>;
  const source = state.data.source;
  return (
    <cite className="citation" title={source?.citation}>
      {source === null ? locator : locatorCitation(sourceId, source, locator, language)}
    </cite>
  );
}

/** A source by the name it is cited by ("SOU 2007:104"), for a fact that carries only its id. */
export function SourceName({ sourceId }: { sourceId: string }) {
  const { state } = useOperation(citedSourceQuery, { id: sourceId });
  if (state.status !== 'ready') return <span>…</span>;
  const source = state.data.source;
  return <cite title={source?.citation}>{source === null ? sourceId : sourceLabel(sourceId, source)}</cite>;
}
