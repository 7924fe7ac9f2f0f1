import type { Stats } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { inputError } from '../../core/input/index.js';
import { detectVexFormat } from '../../core/vex/index.js';

export const EVIDENCE_KINDS = ['sbom', 'kubernetes', 'vex'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface EvidenceFile {
  readonly path: string;
  readonly kind: EvidenceKind;
}

export interface FoundEvidence {
  readonly files: readonly EvidenceFile[];
  /** Files looked at and left alone, with why. */
  readonly skipped: readonly { readonly path: string; readonly why: string }[];
}

// Enough of a document to tell what it is without reading a large SBOM whole twice.
const HEAD_BYTES = 64 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * Walks files and folders and tells SBOMs (CycloneDX JSON/XML, SPDX JSON/tag-value), Kubernetes objects and
 * manifests (JSON or YAML with `apiVersion` and `kind`) and VEX documents (OpenVEX, CSAF, CycloneDX VEX, and
 * zips of them) apart by their content, not their names.
 */
export async function findEvidence(paths: readonly string[]): Promise<FoundEvidence> {
  const files: EvidenceFile[] = [];
  const skipped: { path: string; why: string }[] = [];
  const visit = async (path: string, given: boolean): Promise<void> => {
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      // A path the user named that is not there is bad input, not a broken system.
      if (given && isMissing(error))
        throw inputError(
          'EVIDENCE_NOT_FOUND',
          path,
          'no such file or folder; expected SBOMs, Kubernetes files or VEX documents',
        );
      throw error;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).filter((e) => !e.startsWith('.') && !SKIP_DIRS.has(e)).sort();
      for (const e of entries) await visit(join(path, e), false);
      return;
    }
    const kind = await classify(path);
    if (typeof kind === 'string') files.push({ path, kind });
    else skipped.push({ path, why: kind.why });
  };
  for (const p of paths) await visit(p, true);
  return { files, skipped };
}

const isMissing = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');

async function classify(path: string): Promise<EvidenceKind | { why: string }> {
  const ext = extname(path).toLowerCase();
  if (ext === '.zip') return 'vex';
  const handle = await open(path, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
  const text = head.trimStart();
  if (text.startsWith('<'))
    return /cyclonedx\.org\/schema\/bom/.test(head) ? 'sbom' : { why: 'XML that is not a CycloneDX BOM' };
  if (/^SPDXVersion:/m.test(text)) return 'sbom';
  if (text.startsWith('{') || text.startsWith('[')) return classifyJson(path, head);
  if ((ext === '.yaml' || ext === '.yml') && /^\s*(apiVersion|kind):/m.test(head)) return 'kubernetes';
  return { why: 'not an SBOM, Kubernetes object or VEX document' };
}

async function classifyJson(path: string, head: string): Promise<EvidenceKind | { why: string }> {
  // Top-level keys decide. They usually stand in the first 64 KiB; when they do not (a CycloneDX file that lists
  // its components before `bomFormat`), or a CycloneDX document must be told from a CycloneDX VEX, the whole file
  // is parsed.
  if (/"spdxVersion"\s*:/.test(head)) return 'sbom';
  if (/"@context"\s*:\s*"https:\/\/openvex/.test(head)) return 'vex';
  if (/"csaf_version"\s*:/.test(head)) return 'vex';
  const cyclonedx = /"bomFormat"\s*:\s*"CycloneDX"/.test(head);
  if (!cyclonedx && /"apiVersion"\s*:/.test(head) && /"kind"\s*:/.test(head)) return 'kubernetes';
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    // the SBOM parser reports the syntax error with its line and column
    return cyclonedx ? 'sbom' : { why: 'not valid JSON' };
  }
  const doc = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (doc.bomFormat === 'CycloneDX') {
    const hasComponents = Array.isArray(doc.components) && doc.components.length > 0;
    return !hasComponents && detectVexFormat(json) === 'cyclonedx' ? 'vex' : 'sbom';
  }
  if (typeof doc.spdxVersion === 'string') return 'sbom';
  if (detectVexFormat(json) !== undefined) return 'vex';
  if (typeof doc.apiVersion === 'string' && typeof doc.kind === 'string') return 'kubernetes';
  return { why: 'JSON that is not an SBOM, Kubernetes object or VEX document' };
}
