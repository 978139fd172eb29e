/** The part of Citation.js (which ships no types) that the citation downloads and their tests use. */
declare module '@citation-js/core' {
  /** A CSL-JSON item: the fields this app writes and reads back; other CSL fields pass through untyped. */
  export interface CslItem {
    id?: string;
    type?: string;
    title?: string;
    author?: { literal?: string; family?: string; given?: string }[];
    publisher?: string;
    version?: string;
    number?: string;
    issued?: { 'date-parts'?: number[][] };
    accessed?: { 'date-parts'?: number[][] };
    URL?: string;
    note?: string;
    language?: string;
    medium?: string;
    [field: string]: unknown;
  }

  export class Cite {
    constructor(data: unknown);
    data: CslItem[];
    format(format: 'bibtex' | 'biblatex' | 'ris', options?: { format?: 'text' }): string;
    format(format: 'data', options?: { format?: 'object' | 'text' }): string;
    format(format: 'bibliography' | 'citation', options?: { template?: string; lang?: string; format?: 'text' }): string;
  }

  export const plugins: {
    config: { get(plugin: '@bibtex'): { format: { useIdAsLabel: boolean } } };
  };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
