import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { fail, InputError, type InputIssue, ok, type ParseResult } from '../../core/input/index.js';
import type { KubernetesDocument } from '../../core/twin/index.js';

/** Files bigger than this are refused rather than read into memory (a cluster dump is far smaller). */
export const MAX_KUBERNETES_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Splits the text of a Kubernetes file into documents: JSON (`kubectl get … -o json`: an object, a List,
 * or an array of objects) or YAML (one or several `---` documents; empty ones are skipped).
 * Syntax errors are issues naming the file, the line and the column.
 */
export function parseKubernetesText(text: string, name: string): ParseResult<KubernetesDocument[]> {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(text);
      return ok(
        Array.isArray(value)
          ? value.map((v, i) => ({ value: v, where: `${name}[${i}]` }))
          : [{ value, where: name }],
      );
    } catch (error) {
      return fail({
        code: 'K8S_JSON_INVALID',
        path: name,
        message: `not valid JSON: ${jsonErrorAt(text, error)}`,
      });
    }
  }
  const docs: KubernetesDocument[] = [];
  const issues: InputIssue[] = [];
  const lines = new LineCounter();
  parseAllDocuments(text, { prettyErrors: false, lineCounter: lines }).forEach((doc, i) => {
    for (const e of doc.errors) {
      const at = lines.linePos(e.pos[0]);
      issues.push({
        code: 'K8S_YAML_INVALID',
        path: `${name}:${at.line}:${at.col}`,
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      });
    }
    if (doc.errors.length > 0) return;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // an alias without its anchor, or past the alias cap: the parser reports it only here
      issues.push({
        code: 'K8S_YAML_INVALID',
        path: `${name}#${i + 1}`,
        message: `not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      });
      return;
    }
    if (value !== null && value !== undefined) docs.push({ value, where: `${name}#${i + 1}` });
  });
  return issues.length > 0 ? fail(...issues) : ok(docs);
}

/**
 * Reads Kubernetes files (JSON or YAML) into documents, all before anything is stored.
 * @throws InputError for unreadable, oversized or malformed files, one issue per problem.
 */
export async function readKubernetesFiles(paths: readonly string[]): Promise<KubernetesDocument[]> {
  const docs: KubernetesDocument[] = [];
  const issues: InputIssue[] = [];
  for (const path of paths) {
    let text: string;
    try {
      const bytes = await readFile(path);
      if (bytes.length > MAX_KUBERNETES_FILE_BYTES) {
        issues.push({
          code: 'K8S_FILE_TOO_LARGE',
          path,
          message: `${bytes.length} bytes; expected at most ${MAX_KUBERNETES_FILE_BYTES}`,
        });
        continue;
      }
      text = bytes.toString('utf8');
    } catch (error) {
      issues.push({ code: 'FILE_UNREADABLE', path, message: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const parsed = parseKubernetesText(text, basename(path));
    if (parsed.ok) docs.push(...parsed.value);
    else issues.push(...parsed.issues);
  }
  if (issues.length > 0) throw new InputError(issues);
  return docs;
}

function jsonErrorAt(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const col = Number(position) - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line} column ${col}`;
}
