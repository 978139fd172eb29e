import JSZip from 'jszip';
import { importLimits } from '../security/limits';
import { unreadable } from './importErrors';

const megabytes = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

const worksheetPart = /^xl\/worksheets\/[^/]+\.xml$/;
/** A row element, with or without a namespace prefix (`<row `, `<x:row>`). */
const rowElement = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;

/** Room for the longest row element's opening: a match starting before the last this many characters is whole. */
const rowElementRoom = 40;

/** Counts row elements across chunks: those starting near a chunk's end are counted with the next chunk. */
function rowCounter() {
  let tail = '';
  return {
    add(chunk: Buffer): number {
      const text = tail + chunk.toString('latin1');
      const cut = Math.max(0, text.length - rowElementRoom);
      tail = text.slice(cut);
      return [...text.matchAll(rowElement)].filter((match) => match.index < cut).length;
    },
    end: () => tail.match(rowElement)?.length ?? 0,
  };
}

/** Streams one part through inflation, handing each chunk to `count`; stops (paused, dropped) when it throws. */
function inflatePart(part: JSZip.JSZipObject, count: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = part.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      try {
        count(chunk);
      } catch (error) {
        stream.pause();
        stream.removeAllListeners('data');
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    stream.on('end', () => resolve());
    stream.on('error', () => reject(unreadable('is not a readable .xlsx workbook')));
  });
}

/**
 * Unpacks every part of the workbook once, counting the bytes as they come and stopping at the first part (or
 * the total) past its cap: a zip bomb is refused after at most that much work, never held in memory. The sizes a
 * zip states for its parts are not trusted; only what inflates counts. Row elements of the sheets are counted on
 * the way, so a file of too many rows is refused before any of them is parsed.
 */
export async function checkWorkbookParts(content: Buffer): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(content);
  } catch {
    throw unreadable('is not a readable .xlsx workbook');
  }
  let total = 0;
  let rows = 0;
  const parts = Object.values(zip.files).filter((file) => !file.dir);
  const sheets = parts.filter((part) => worksheetPart.test(part.name)).length;
  for (const part of parts) {
    let bytes = 0;
    const counter = worksheetPart.test(part.name) ? rowCounter() : undefined;
    const tooManyRows = () => {
      // Every sheet may have its header row beyond the rows of data.
      if (rows > importLimits.rows + sheets) throw unreadable(`has more than ${importLimits.rows} rows; at most ${importLimits.rows} can be imported at once`);
    };
    await inflatePart(part, (chunk) => {
      bytes += chunk.length;
      total += chunk.length;
      rows += counter?.add(chunk) ?? 0;
      tooManyRows();
      if (bytes > importLimits.workbookPartBytes) {
        throw unreadable(`its part ${part.name} unpacks to more than ${megabytes(importLimits.workbookPartBytes)}; a workbook part may hold at most that`);
      }
      if (total > importLimits.workbookBytes) throw unreadable(`unpacks to more than ${megabytes(importLimits.workbookBytes)}; a workbook may hold at most that`);
    });
    rows += counter?.end() ?? 0;
    tooManyRows();
  }
}
