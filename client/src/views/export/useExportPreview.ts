import type { ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useState } from 'react';

/** The parts of a snapshot's manifest the view shows. */
export interface PreviewManifest {
  snapshotId: string;
  title: string;
  counts: { nodes: number; edges: number };
  /** The short citation in English and in Swedish, and the full citation of every source. */
  suggestedCitation: string;
  suggestedCitationSv: string;
  bibliography: string[];
}

interface CytoscapeDocument {
  data: { manifest: PreviewManifest };
  elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] };
}

export type Preview =
  | { status: 'loading' }
  | { status: 'error'; code: string; message: string }
  | { status: 'ready'; manifest: PreviewManifest; elements: ElementDefinition[] };

const text = (value: unknown) => (typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '');

/** Elements styled as in the explorer: the export's relationship becomes the stylesheet's `type`. */
function toElements(document: CytoscapeDocument): ElementDefinition[] {
  const nodes = document.elements.nodes.map(({ data }) => ({
    group: 'nodes' as const,
    data: { id: text(data['id']), label: text(data['label']), kind: text(data['kind']), evidence: text(data['evidence']) },
  }));
  const edges = document.elements.edges.map(({ data }) => {
    const relationship = text(data['relationship']);
    return {
      group: 'edges' as const,
      data: {
        id: `edge:${text(data['id'])}`,
        source: text(data['source']),
        target: text(data['target']),
        type: relationship === 'SHARED_TIE' ? 'TIE' : relationship,
        evidence: text(data['evidence']),
        weight: typeof data['weight'] === 'number' ? data['weight'] : 1,
      },
    };
  });
  return [...nodes, ...edges];
}

/** A refusal from the export endpoint, with the error code it answered. */
class ExportRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** What an export with these parameters holds, read from the Cytoscape JSON export itself. */
export function useExportPreview(query: string): { preview: Preview; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const key = `${query}#${String(attempt)}`;
  const [answer, setAnswer] = useState<{ key: string; preview: Preview } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/export/cyjs?${query}`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) {
          const body = (await response.json()) as { error?: { code?: string; message?: string } };
          throw new ExportRequestError(body.error?.message ?? `HTTP ${String(response.status)}`, body.error?.code ?? `HTTP_${String(response.status)}`);
        }
        const document = (await response.json()) as CytoscapeDocument;
        setAnswer({ key, preview: { status: 'ready', manifest: document.data.manifest, elements: toElements(document) } });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const code = error instanceof ExportRequestError ? error.code : 'NETWORK_ERROR';
        setAnswer({ key, preview: { status: 'error', code, message: error instanceof Error ? error.message : String(error) } });
      });
    return () => {
      controller.abort();
    };
  }, [query, key]);

  const retry = useCallback(() => {
    setAttempt((count) => count + 1);
  }, []);
  return { preview: answer?.key === key ? answer.preview : { status: 'loading' }, retry };
}
