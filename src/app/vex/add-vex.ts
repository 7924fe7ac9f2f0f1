import { createHash } from 'node:crypto';
import { InputError, type InputIssue, locateIssues } from '../../core/input/index.js';
import { parseVexText, type VexDocument, type VexFormat, type VexStatus } from '../../core/vex/index.js';
import type { StoreVexResult, VexRepository } from './ports.js';

/** One VEX document's bytes and where they came from (a file, or `file.zip!entry`). */
export interface VexInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface AddVexResult extends StoreVexResult {
  readonly name: string;
  readonly format: VexFormat;
  /** The document's own id ('' when it names none). */
  readonly documentId: string;
  readonly statements: number;
  readonly byStatus: Readonly<Partial<Record<VexStatus, number>>>;
}

/**
 * Ingests VEX documents that arrive together (one file, or the entries of one zip): all are parsed first and
 * none is stored unless every one parses; then each is stored in its own transaction. Storing the same bytes
 * again changes nothing (`unchanged`).
 * @throws InputError naming each bad document, the field and what was expected; nothing is stored then.
 */
export async function addVex(repo: VexRepository, inputs: readonly VexInput[]): Promise<AddVexResult[]> {
  const parsed: { input: VexInput; document: VexDocument }[] = [];
  const issues: InputIssue[] = [];
  for (const input of inputs) {
    const result = parseVexBytes(input.bytes);
    if (result.ok) parsed.push({ input, document: result.value });
    else issues.push(...locateIssues(input.name, result.issues));
  }
  if (issues.length > 0) throw new InputError(issues);
  const results: AddVexResult[] = [];
  for (const { input, document } of parsed) {
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    const stored = await repo.storeVexDocument({ document, sha256, source: input.name });
    results.push({
      ...stored,
      name: input.name,
      format: document.format,
      documentId: document.id,
      statements: document.statements.length,
      byStatus: countByStatus(document),
    });
  }
  return results;
}

function parseVexBytes(bytes: Uint8Array): ReturnType<typeof parseVexText> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      issues: [
        { code: 'VEX_NOT_JSON', path: '', message: 'not UTF-8 text; expected a VEX document in JSON' },
      ],
    };
  }
  return parseVexText(text);
}

/** How many statements of a document have each status. */
export function countByStatus(document: VexDocument): Partial<Record<VexStatus, number>> {
  const counts: Partial<Record<VexStatus, number>> = {};
  for (const s of document.statements) counts[s.status] = (counts[s.status] ?? 0) + 1;
  return counts;
}
