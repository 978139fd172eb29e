// Jest loads global set-up outside its transform pipeline, so the TypeScript set-up is loaded through tsx.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const { startTestNeo4j } = await tsImport('./testNeo4j.ts', import.meta.url);
  globalThis.testNeo4j = await startTestNeo4j();
}
