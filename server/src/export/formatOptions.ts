import { badParameter, type RawParameters } from './parameters';

/** How a file is written, apart from what it holds: not part of the snapshot, so not of its id. */
export interface FormatOptions {
  /** Start CSV tables with a UTF-8 byte-order mark, which Excel needs to read ö as ö. */
  bom: boolean;
}

export type FormatParameter = keyof FormatOptions;

function truthValue(raw: RawParameters, parameter: string, fallback: boolean): boolean {
  const value = raw[parameter];
  if (value === undefined) return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw badParameter(parameter, 'true or false');
}

/**
 * Takes the parameters a format accepts out of the request's, so the rest describe the snapshot alone; a format
 * that does not take one leaves it in, and the snapshot's check refuses it.
 */
export function splitFormatOptions(raw: RawParameters, accepted: readonly FormatParameter[]): { options: FormatOptions; rest: RawParameters } {
  const rest = Object.fromEntries(Object.entries(raw).filter(([name]) => !(accepted as readonly string[]).includes(name)));
  return { options: { bom: accepted.includes('bom') && truthValue(raw, 'bom', false) }, rest };
}
