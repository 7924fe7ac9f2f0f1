import { describe, expect, it } from 'vitest';
import { inputError } from '../../core/input/index.js';
import type { GapRow, RegistrySbomSource, SbomSink } from '../evidence/index.js';
import { discoverMissingSboms, sbomCoverage } from './discover-missing-sboms.js';

const d = (c: string) => `sha256:${c.repeat(64)}`;
const noSbom = (digest: string, image: string, workload: string): GapRow => ({
  kind: 'no-sbom',
  environment: 'prod',
  digest,
  image,
  workloads: [workload],
});

describe('discoverMissingSboms', () => {
  it('asks once per digest, at most `concurrency` at a time, stores one document at a time, and reports failures', async () => {
    let running = 0;
    let most = 0;
    const asked: string[] = [];
    const registry: RegistrySbomSource = {
      discover: async (image) => {
        asked.push(`${image.repository}@${image.digest}`);
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 10));
        running--;
        if (image.digest === d('c')) throw inputError('IMAGE_NOT_FOUND', 'IMAGE', 'not in the registry');
        if (image.digest === d('e')) throw new Error('registry unreachable');
        return {
          digest: image.digest ?? '',
          referrersApi: true,
          sboms: [{ via: 'referrers-api', fileName: 'a.cdx.json', bytes: new Uint8Array([1]) }],
          skipped: [],
        };
      },
    } as RegistrySbomSource;
    let storing = 0;
    let overlapped = false;
    const sboms: SbomSink = {
      ingest: async () => {
        if (storing++ > 0) overlapped = true;
        await new Promise((r) => setTimeout(r, 5));
        storing--;
        return { sbomId: 1, status: 'new' };
      },
    };
    const gaps: GapRow[] = [
      noSbom(d('a'), 'r.example/a:1', 'ns/a'),
      noSbom(d('a'), 'r.example/a:1', 'ns/a2'),
      noSbom(d('b'), `r.example/b@${d('b')}`, 'ns/b'),
      noSbom(d('c'), 'r.example/c', 'ns/c'),
      noSbom(d('e'), 'r.example/e', 'ns/e'),
      noSbom(d('f'), 'r.example/f', 'ns/f'),
      { kind: 'coverage', environment: 'prod', runningDigests: 6, withSbom: 1, coveragePercent: 17 },
    ];
    const out = await discoverMissingSboms({ registry, sboms }, gaps, { concurrency: 2 });
    expect(asked.sort()).toEqual(['a', 'b', 'c', 'e', 'f'].map((c) => `r.example/${c}@${d(c)}`));
    expect(most).toBe(2);
    expect(overlapped).toBe(false);
    expect(out.map((o) => [o.image, o.found, o.problem])).toEqual([
      [`r.example/a@${d('a')}`, 1, undefined],
      [`r.example/b@${d('b')}`, 1, undefined],
      [`r.example/c@${d('c')}`, 0, 'not in the registry'],
      [`r.example/e@${d('e')}`, 0, 'registry unreachable'],
      [`r.example/f@${d('f')}`, 1, undefined],
    ]);
    expect(sbomCoverage(gaps)).toEqual({ running: 6, withSbom: 1 });
  });
});
