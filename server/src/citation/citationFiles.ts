import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Snapshot } from '../export/buildSnapshot';
import { cslItem } from './cslItem';

// The entry key is the item's id (samverkan-<snapshot id>), so citing the same snapshot twice gives one key.
plugins.config.get('@bibtex').format.useIdAsLabel = true;

export function writeBibtex(snapshot: Snapshot): string {
  return new Cite(cslItem(snapshot.manifest)).format('bibtex', { format: 'text' });
}

export function writeRis(snapshot: Snapshot): string {
  return new Cite(cslItem(snapshot.manifest)).format('ris', { format: 'text' });
}

export function writeCslJson(snapshot: Snapshot): string {
  return `${JSON.stringify([cslItem(snapshot.manifest)], null, 2)}\n`;
}
