import { M1 } from '../sort-key.js';

// setuptools' pre-PEP 440 parse_version, kept by packaging as LegacyVersion until 22.0.
const COMPONENT = /(\d+|[a-z]+|\.|-)/;
const REPLACE: Record<string, string> = { pre: 'c', preview: 'c', '-': 'final-', rc: 'c', dev: '@' };

/**
 * Key of a legacy (non-PEP 440) version: numbers zero-padded to 8 digits, words prefixed with `*`, a final
 * `*final` marker; `-` before a pre-release word and trailing zeros of each numeric run are dropped.
 * Only printable ASCII without spaces is accepted.
 */
export function legacyKey(version: string): string | { reason: string } {
  if (!/^[\x21-\x7e]+$/.test(version.trim()))
    return { reason: 'neither PEP 440 nor a legacy version of printable ASCII characters' };
  const parts: string[] = [];
  for (const part of legacyParts(version.trim().toLowerCase())) {
    if (part.startsWith('*')) {
      if (part < '*final') while (parts[parts.length - 1] === '*final-') parts.pop();
      while (parts[parts.length - 1] === '00000000') parts.pop();
    }
    parts.push(part);
  }
  // Parts are compared as a tuple of strings: each is ended by a marker below every printable character.
  return parts.map((p) => p + M1).join('');
}

function* legacyParts(version: string): Generator<string> {
  // split() with a capturing group yields the text between matches too, like Python's re.split.
  for (const raw of version.split(COMPONENT)) {
    const part = REPLACE[raw] ?? raw;
    if (part === '' || part === '.') continue;
    yield /^\d/.test(part) ? part.padStart(8, '0') : `*${part}`;
  }
  yield '*final';
}
