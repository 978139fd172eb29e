import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { launchBrowser } from '../../tests/helpers/browser';
import { benchClientDir, buildClient } from '../client/build';
import { describeMachine } from '../shared/machine';
import { table } from '../shared/measure';

/**
 * `npm run bench:bundle [-- --skip-build]`: the gzipped size of the JavaScript the explorer's first page load
 * fetches (the entry script and what index.html preloads), and of every chunk loaded later on demand.
 */
const { values } = parseArgs({ options: { 'skip-build': { type: 'boolean', default: false } } });
const targetKb = 350;

console.log(`Bundle benchmark · ${describeMachine()}`);
if (!values['skip-build']) buildClient();

const html = readFileSync(join(benchClientDir, 'index.html'), 'utf8');
const referenced = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => (match[1] ?? '').replace(/^\.?\//, ''));
const initial = new Set([...referenced(/<script[^>]+src="([^"]+\.js)"/g), ...referenced(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)]);
const css = referenced(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sizeOf = (file: string) => {
  const content = readFileSync(join(benchClientDir, file));
  return { raw: content.length, gzip: gzipSync(content).length };
};
const assets = readdirSync(join(benchClientDir, 'assets')).map((name) => `assets/${name}`);
const rows = assets
  .filter((file) => file.endsWith('.js') || css.includes(file))
  .map((file) => ({ file, ...sizeOf(file), when: initial.has(file) ? 'first load' : css.includes(file) ? 'first load (CSS)' : 'on demand' }))
  .sort((a, b) => (a.when === b.when ? b.gzip - a.gzip : a.when.localeCompare(b.when)));

const initialGzip = rows.filter((row) => initial.has(row.file)).reduce((sum, row) => sum + row.gzip, 0);
console.log(`\n${table(['file', 'when', 'raw kB', 'gzip kB'], rows.map((row) => [row.file, row.when, kb(row.raw), kb(row.gzip)]))}\n`);
const verdict = initialGzip / 1024 <= targetKb ? 'meets' : `misses by ${kb(initialGzip - targetKb * 1024)} kB`;
console.log(`Initial JavaScript (index.html's script and preloads): ${kb(initialGzip)} kB gzipped (zlib default level) in ${initial.size} file(s); target ≤ ${targetKb} kB: ${verdict}.`);

/** What the first view (the explorer) really fetches before it can draw: the initial files and the chunks it imports at once. */
async function firstViewScripts(): Promise<string[]> {
  const app = express();
  app.post('/graphql', (_request, response) => {
    response.json({ data: { network: { asOf: null, nodes: [], edges: [] } } });
  });
  app.use(express.static(benchClientDir));
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname.replace(/^\//, '');
      if (path.endsWith('.js')) scripts.add(path);
    });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { waitUntil: 'networkidle' });
    return [...scripts];
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

const firstView = await firstViewScripts();
const firstViewGzip = firstView.reduce((sum, file) => sum + sizeOf(file).gzip, 0);
const firstVerdict = firstViewGzip / 1024 <= targetKb ? 'meets' : `misses by ${kb(firstViewGzip - targetKb * 1024)} kB`;
console.log(`JavaScript the first view loads before it draws (measured in Chromium): ${kb(firstViewGzip)} kB gzipped in ${firstView.length} file(s) (${firstView.map((file) => file.replace('assets/', '')).join(', ')}); target ≤ ${targetKb} kB: ${firstVerdict}.`);
