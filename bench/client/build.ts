import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The benchmarks' own client build, apart from dist/client that the app and the tests use. */
export const benchClientDir = join(projectRoot, 'dist', 'client-bench');
export const harnessDir = join(projectRoot, 'dist', 'client-bench-harness');

const vite = join(projectRoot, 'node_modules', '.bin', 'vite');

/** `vite build` of the app into dist/client-bench (Vite's root is client/, so the folder is given from there). */
export function buildClient(): void {
  execFileSync(vite, ['build', '--outDir', '../dist/client-bench', '--emptyOutDir', '--logLevel', 'warn'], { cwd: projectRoot, stdio: 'inherit' });
}

export function buildHarness(): void {
  execFileSync(vite, ['build', '--config', 'bench/client/vite.harness.config.ts'], { cwd: projectRoot, stdio: 'inherit' });
}
