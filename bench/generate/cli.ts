import { parseArgs } from 'node:util';
import { generateNetwork } from './generate';
import { writeDataset } from './write';

/** `npm run bench:generate -- --scale N --out <dir> [--seed S]`: a synthetic national network in the seed's CSV format. */
function main(): number {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '1' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, help: { type: 'boolean' } },
  });
  if (values.help === true || values.out === undefined) {
    console.log('Usage: npm run bench:generate -- --scale N --out <dir> [--seed S]\n  1× ≈ 1,000 nodes / 5,000 links; 20× ≈ 20,000 / 100,000. Load with loadSeed(database, dir).');
    return values.help === true ? 0 : 1;
  }
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  const started = performance.now();
  const dataset = generateNetwork({ scale, seed });
  writeDataset(dataset, values.out, `seed ${seed}, scale ${scale}`);
  console.log(
    `Wrote ${dataset.nodes.size} nodes, ${dataset.links.length} links and ${dataset.rules.length} rules (scale ${scale}, seed ${seed}) ` +
      `to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return 0;
}

process.exitCode = main();
