/**
 * Runs every bench/*.bench.ts in turn, each in its own tsx process (npm run bench [-- --scale F] [-- only]).
 * `--scale F` is passed to the benches that take it (those whose source mentions `--scale`); any other
 * argument that is not an option picks benches by name (`npm run bench -- exposures`). Exits non-zero
 * when a bench fails, after running the others.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? args[scaleAt + 1] : undefined;
if (scaleAt >= 0 && (scale === undefined || !(Number(scale) > 0)))
  throw new Error('--scale needs a positive number');
const only = args.filter((a, i) => !a.startsWith('--') && !(scaleAt >= 0 && i === scaleAt + 1));

const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
const failed: string[] = [];
for (const file of benches) {
  const path = join(here, file);
  const takesScale = readFileSync(path, 'utf8').includes("'--scale'");
  const benchArgs = scale !== undefined && takesScale ? ['--scale', scale] : [];
  console.log(`\n=== ${file} ${benchArgs.join(' ')}`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', path, ...benchArgs], { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  if (run.status !== 0) {
    failed.push(file);
    console.log(`=== ${file} FAILED (${run.status ?? run.signal}) after ${seconds} s`);
  } else console.log(`=== ${file}: ${seconds} s`);
}
if (failed.length > 0) {
  console.log(`\nfailed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
