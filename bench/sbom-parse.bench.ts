/**
 * How long parseSbom takes on large generated documents and on the shared SBOMs (run: npx tsx bench/sbom-parse.bench.ts).
 * Prints figures; it asserts nothing (the correctness of the same documents is tested beside the code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSbom } from '../src/adapters/sbom/index.js';
import { generateCycloneDx } from '../src/adapters/sbom/test-support/generate-cyclonedx.js';
import { sharedData } from '../test/support/shared-data.js';

function time(label: string, bytes: number, run: () => unknown): void {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    runs.push(performance.now() - start);
  }
  const [first, ...warm] = runs;
  const best = Math.min(...warm);
  console.log(
    `${label.padEnd(46)} ${(bytes / 1024 / 1024).toFixed(1).padStart(6)} MiB   first ${first?.toFixed(0).padStart(5)} ms   warm ${best.toFixed(0).padStart(5)} ms`,
  );
}

function parseOrThrow(text: string | Uint8Array, fileName: string) {
  const result = parseSbom(text, { fileName });
  if (!result.ok) throw new Error(`${fileName}: ${JSON.stringify(result.issues.slice(0, 2))}`);
  return result.value;
}

console.log(
  `node ${process.version}; parseSbom = size and depth checks, JSON.parse, schema validation, mapping`,
);
for (const count of [20_000, 100_000]) {
  const text = generateCycloneDx(count);
  time(`CycloneDX 1.6 JSON, ${count.toLocaleString('en')} components`, Buffer.byteLength(text), () =>
    parseOrThrow(text, 'big.json'),
  );
}

const dirs = [sharedData('sbom', 'cyclonedx'), sharedData('sbom', 'spdx')];
const files = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => !f.startsWith('cdx-1.7'))
    .map((f) => join(dir, f)),
);
const contents = files.map((f) => readFileSync(f));
const total = contents.reduce((n, c) => n + c.byteLength, 0);
time(`all ${files.length} shared SBOMs (1.7 excluded)`, total, () =>
  contents.map((c, i) => parseOrThrow(c, files[i] ?? '')),
);
