import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the bare benchmark page (bench/client/harness) beside the app's build. */
export default defineConfig({
  root: fileURLToPath(new URL('./harness/', import.meta.url)),
  base: './',
  build: { outDir: fileURLToPath(new URL('../../dist/client-bench-harness/', import.meta.url)), emptyOutDir: true },
  logLevel: 'warn',
});
