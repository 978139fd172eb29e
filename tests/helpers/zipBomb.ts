import { createGzip } from 'node:zlib';
import JSZip from 'jszip';

interface Packed {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
}

/**
 * Deflates a part with zlib, never holding it unpacked: gzip's output is the raw deflate stream between a 10-byte
 * header and a trailer with the CRC-32 and length that a zip entry needs too.
 */
async function pack(name: string, chunks: Iterable<Buffer>): Promise<Packed> {
  const gzip = createGzip({ level: 9 });
  const output: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => output.push(chunk));
  const finished = new Promise((resolve, reject) => gzip.on('end', resolve).on('error', reject));
  let size = 0;
  for (const chunk of chunks) {
    size += chunk.length;
    if (!gzip.write(chunk)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await finished;
  const gzipped = Buffer.concat(output);
  return { name: Buffer.from(name), crc: gzipped.readUInt32LE(gzipped.length - 8), size, data: gzipped.subarray(10, gzipped.length - 8) };
}

function zip(parts: Packed[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(part.crc, 14);
    header.writeUInt32LE(part.data.length, 18);
    header.writeUInt32LE(part.size, 22);
    header.writeUInt16LE(part.name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(part.crc, 16);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(part.name.length, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(header, part.name, part.data);
    central.push(entry, part.name);
    offset += header.length + part.name.length + part.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

/**
 * A copy of a workbook with some of its parts replaced by streamed content, e.g. a shared string of hundreds of
 * megabytes that packs into a few hundred kilobytes: a zip bomb, or a sheet of more rows than an import takes.
 */
export async function workbookWithParts(workbook: Buffer, replaced: Record<string, () => Iterable<Buffer>>): Promise<Buffer> {
  const original = await JSZip.loadAsync(workbook);
  const parts: Packed[] = [];
  for (const file of Object.values(original.files).filter((candidate) => !candidate.dir)) {
    const content = replaced[file.name];
    parts.push(await pack(file.name, content === undefined ? [await file.async('nodebuffer')] : content()));
  }
  return zip(parts);
}
