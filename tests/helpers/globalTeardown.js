export default async function globalTeardown() {
  await globalThis.testNeo4j?.stop();
}
