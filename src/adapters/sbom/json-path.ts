import { formatPath } from '../../core/input/index.js';

/** `/components/3/purl` (a JSON pointer, as ajv reports) → `components[3].purl`. */
export function jsonPointerToPath(pointer: string): string {
  if (!pointer) return '';
  const segments = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  return formatPath(segments);
}

/** The value at a JSON pointer, or undefined. */
export function valueAtPointer(data: unknown, pointer: string): unknown {
  if (!pointer) return data;
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Where an offset falls in a text, 1-based: `line 3, column 7`. */
export function describeOffset(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
