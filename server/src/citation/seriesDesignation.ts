import type { SourceCitation } from '../export/types';

/** Swedish official series whose source ids follow the seed's convention `<series>-<year>-<number>` (`sou-2007-104`). */
const series: Record<string, string> = { sou: 'SOU', ds: 'Ds', prop: 'Prop.', dir: 'Dir.', sfs: 'SFS' };

/**
 * How a source is named in running text: an official publication by its series designation ("SOU 2007:104",
 * "Prop. 2003/04:69"), anything else by its title.
 */
export function shortReference(source: SourceCitation): string {
  const match = /^([a-z]+)-(\d{4})(?:-(\d{2}))?-(\d+)$/.exec(source.id);
  const name = match === null ? undefined : series[match[1] ?? ''];
  if (match === null || name === undefined) return source.title;
  const [, , year, session, number] = match;
  return `${name} ${year ?? ''}${session === undefined ? '' : `/${session}`}:${number ?? ''}`;
}
