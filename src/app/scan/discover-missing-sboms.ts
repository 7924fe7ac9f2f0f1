import { parseImageReference } from '../../core/artifact/image-reference.js';
import { isInputError } from '../../core/input/index.js';
import type { GapRow, RegistrySbomSource, SbomSink } from '../evidence/index.js';
import { ingestRegistrySboms } from '../evidence/index.js';

/** What the registry said about one running digest that had no SBOM. */
export interface MissingSbomLookup {
  readonly image: string;
  readonly digest: string;
  /** SBOMs stored for it (new or already known). */
  readonly found: number;
  /** Why nothing could be read (image not in the registry, registry down), in words. */
  readonly problem?: string;
}

/**
 * For every running digest without an SBOM (the `no-sbom` gaps), asks the image's registry for attached SBOMs
 * (referrers API, `sha256-…` tags, cosign attestations) and stores what it finds. Each digest is asked once
 * however many workloads run it; at most `concurrency` registry lookups run at a time, and the documents are
 * stored one after the other (one transaction each). A registry that fails is reported, never fatal.
 */
export async function discoverMissingSboms(
  deps: { readonly registry: RegistrySbomSource; readonly sboms: SbomSink },
  gaps: readonly GapRow[],
  opts: { readonly concurrency: number; readonly onDone?: (done: number, total: number) => void },
): Promise<MissingSbomLookup[]> {
  const wanted = new Map<string, string>();
  for (const g of gaps) {
    if (g.kind !== 'no-sbom' || wanted.has(g.digest)) continue;
    const ref = parseImageReference(g.image);
    if (ref.ok) wanted.set(g.digest, `${ref.value.repository}@${g.digest}`);
  }
  // Lookups run side by side; the store takes one document at a time.
  let storing: Promise<unknown> = Promise.resolve();
  const sboms: SbomSink = {
    ingest: (input) => {
      const next = storing.then(() => deps.sboms.ingest(input));
      storing = next.catch(() => undefined);
      return next;
    },
  };
  const queue = [...wanted];
  const out: MissingSbomLookup[] = [];
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const [digest, image] = item;
      try {
        const outcome = await ingestRegistrySboms({ registry: deps.registry, sboms }, image);
        out.push({ image, digest, found: outcome.results.filter((r) => r.status !== 'refused').length });
      } catch (error) {
        const problem = isInputError(error)
          ? error.issues.map((i) => i.message).join('; ')
          : error instanceof Error
            ? error.message
            : String(error);
        out.push({ image, digest, found: 0, problem });
      }
      opts.onDone?.(out.length, wanted.size);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, wanted.size)) }, worker));
  return out.sort((a, b) => a.image.localeCompare(b.image));
}

/** "N of M running images have an SBOM", from the per-environment coverage gaps. */
export function sbomCoverage(gaps: readonly GapRow[]): {
  readonly running: number;
  readonly withSbom: number;
} {
  let running = 0;
  let withSbom = 0;
  for (const g of gaps)
    if (g.kind === 'coverage') {
      running += g.runningDigests;
      withSbom += g.withSbom;
    }
  return { running, withSbom };
}
