import type { Purl } from '../purl.js';

/** A purl from its parts, without subpath: what tests that build components write. */
export const purlOf = (
  type: string,
  namespace: string,
  name: string,
  version: string,
  qualifiers: Record<string, string> = {},
): Purl => ({ type, namespace, name, version, qualifiers, subpath: '' });
