import type { CslItem } from '@citation-js/core';
import type { Manifest } from '../export/manifest';
import { citationAuthor } from './shortCitation';
import { modeName } from './snapshotTitle';

const dateParts = (isoDate: string) => isoDate.slice(0, 10).split('-').map(Number);

/** A snapshot as one CSL-JSON data set item: what BibTeX, RIS and CSL-JSON downloads are written from. */
export function cslItem(manifest: Manifest): CslItem {
  const { basedOn, snapshotId } = manifest;
  const basis =
    basedOn.primary === null ? '' : ` Based on ${basedOn.primary}${basedOn.others === 0 ? '' : ` and ${basedOn.others} other sources`} (see manifest).`;
  return {
    id: `samverkan-${snapshotId}`,
    type: 'dataset',
    title: manifest.mode === 'projected' ? `${manifest.title}, ${modeName(manifest.mode, 'en')}` : manifest.title,
    author: [{ literal: citationAuthor }],
    publisher: citationAuthor,
    version: manifest.app.version,
    number: snapshotId,
    issued: { 'date-parts': [[Number(manifest.generatedAt.slice(0, 4))]] },
    accessed: { 'date-parts': [dateParts(manifest.generatedAt)] },
    URL: manifest.citationUrl,
    note: `Snapshot ${snapshotId}, ${citationAuthor} ${manifest.app.version}.${basis}`,
    language: 'en',
  };
}
