import type { Core } from 'cytoscape';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ExportMeasure } from '../../graphql/generated/graphql';
import { GraphCanvas } from '../../components/GraphCanvas/GraphCanvas';
import { LoadError } from '../../components/LoadError/LoadError';
import { saveBlob } from '../../core/export/download';
import { currentView, downloadExport, type DataFormat } from '../../core/export/exportFile';
import { exportChoiceOf, exportQuery, filtersNotExported } from '../../core/export/exportParameters';
import { legendEntries } from '../../core/export/imageOptions';
import { graphToPng } from '../../core/export/pngImage';
import { previewElements, useSnapshotPreview } from '../../core/export/snapshotPreview';
import { graphToSvg } from '../../core/export/svgImage';
import { useMessages } from '../../core/i18n/useLanguage';
import { kindNames, relationshipNames } from '../../core/i18n/vocabulary';
import { readExplorerState } from '../../core/urlState/urlState';
import { useUrlParams } from '../../core/urlState/useUrlState';
import type { ViewProps } from '../viewRegistry';
import { CitationPanel } from './CitationPanel';
import { DataDownloads } from './DataDownloads';
import { ExportSummary } from './ExportSummary';
import { ImageExport, type ImageChoice } from './ImageExport';
import { MeasureChoice } from './MeasureChoice';
import { exportMessages } from './messages';
import './export.css';

type Status = { state: 'idle' } | { state: 'working' } | { state: 'done'; file: string } | { state: 'error'; message: string };

/**
 * Exports the network as the explorer shows it (date, mode, filters): data files for other tools, with a manifest
 * to cite, and images of the graph drawn here, which is exactly what the files hold.
 */
export function ExportPage({ asOf }: ViewProps) {
  const { t, language } = useMessages(exportMessages);
  const params = useUrlParams();
  const explorer = useMemo(() => readExplorerState(params), [params]);
  const [measures, setMeasures] = useState<ExportMeasure[]>([]);
  const choice = useMemo(() => exportChoiceOf(asOf, explorer.mode, explorer.filters, measures), [asOf, explorer.mode, explorer.filters, measures]);
  const query = exportQuery(choice);
  const { state: preview, retry } = useSnapshotPreview(choice);
  const snapshot = preview.status === 'ready' ? preview.data.snapshotPreview : null;
  const elements = useMemo(() => (snapshot === null ? [] : previewElements(snapshot)), [snapshot]);
  const manifest = snapshot?.manifest ?? null;
  const graph = useRef<Core | null>(null);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const onGraph = useCallback((cy: Core | null) => {
    graph.current = cy;
  }, []);
  const noSelection = useCallback(() => undefined, []);
  const [renderedNodes, setRenderedNodes] = useState<number | null>(null);
  const onRendered = useCallback((count: number) => setRenderedNodes(count), []);

  const run = (work: () => Promise<string>) => {
    setStatus({ state: 'working' });
    work()
      .then((file) => setStatus({ state: 'done', file }))
      .catch((error: unknown) => setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) }));
  };

  const downloadData = (format: DataFormat, history?: { from: string; to: string }, written: Record<string, string> = {}) => {
    const historyQuery = new URLSearchParams(query);
    historyQuery.delete('asOf');
    historyQuery.delete('mode');
    if (history !== undefined) {
      historyQuery.set('from', history.from);
      historyQuery.set('to', history.to);
    }
    const snapshotQuery = new URLSearchParams(query);
    for (const [name, value] of Object.entries(written)) snapshotQuery.set(name, value);
    const view = format === 'gexf' || format === 'cyjs' ? currentView(graph.current) : {};
    run(() => downloadExport(format, history === undefined ? snapshotQuery.toString() : historyQuery.toString(), view));
  };

  const exportImage = (image: ImageChoice) => {
    run(async () => {
      const cy = graph.current;
      if (cy === null || manifest === null) throw new Error(t('loading'));
      const options = {
        title: image.title,
        date: image.showDate ? `${t('date')}: ${asOf ?? t('allDates')}` : '',
        legend: image.showLegend ? legendEntries(cy, (kind) => kindNames[kind][language], (type) => relationshipNames[type][language], t('tieLegend')) : null,
        background: image.background,
      };
      const name = `samverkan-${asOf ?? 'all-dates'}-${manifest.snapshotId}`;
      if (image.format === 'svg') {
        saveBlob(new Blob([graphToSvg(cy, options)], { type: 'image/svg+xml' }), `${name}.svg`);
        return `${name}.svg`;
      }
      saveBlob(await graphToPng(cy, options, image.scale), `${name}@${String(image.scale)}x.png`);
      return `${name}@${String(image.scale)}x.png`;
    });
  };

  const ready = preview.status === 'ready';
  const defaultTitle = asOf === null ? t('networkAllDates') : `${t('networkAsOf')} ${asOf}`;
  return (
    <div className="export-view" data-testid="export-view" data-rendered-nodes={ready ? (renderedNodes ?? '') : ''}>
      <main className="workspace">
        <div className="graph-area">
          {preview.status === 'loading' ? <p className="status" role="status">{t('loading')}</p> : null}
          {preview.status === 'error' ? <LoadError failed={t('failed')} error={preview} onRetry={retry} /> : null}
          {ready ? (
            <GraphCanvas elements={elements} selectedId={null} onSelect={noSelection} onGraph={onGraph} onRendered={onRendered} label={t('previewLabel')} />
          ) : null}
        </div>
        <div className="side export-side">
          <h1 className="view-heading">{t('heading')}</h1>
          <ExportSummary choice={choice} manifest={manifest} filtersNotExported={filtersNotExported(explorer.filters).length > 0} />
          <MeasureChoice chosen={choice.measures} datePicked={asOf !== null} onChange={setMeasures} />
          <DataDownloads disabled={!ready || status.state === 'working'} onDownload={downloadData} />
          {manifest === null ? null : <CitationPanel manifest={manifest} disabled={status.state === 'working'} onDownload={downloadData} />}
          <ImageExport defaultTitle={defaultTitle} disabled={!ready || status.state === 'working'} onExport={exportImage} />
          <p className="export-status" data-testid="export-status" data-state={status.state} role="status">
            {status.state === 'working' ? t('working') : null}
            {status.state === 'done' ? `${t('saved')} ${status.file}` : null}
            {status.state === 'error' ? `${t('exportFailed')} ${status.message}` : null}
          </p>
        </div>
      </main>
    </div>
  );
}
