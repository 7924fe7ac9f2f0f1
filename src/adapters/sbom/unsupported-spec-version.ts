import { type InputIssue, quoteValue } from '../../core/input/index.js';

/** The one issue for a spec version Vigil does not read, listing those it does. */
export function unsupportedSpecVersion(
  format: 'CycloneDX' | 'SPDX',
  found: unknown,
  supported: readonly string[],
  path: string,
): InputIssue {
  const list = `${supported.slice(0, -1).join(', ')} or ${supported.at(-1)}`;
  const value = found === undefined ? 'none given' : quoteValue(found);
  return {
    code: 'SBOM_SPEC_VERSION',
    path,
    message: `unsupported spec version ${value}; expected ${format} ${list}`,
  };
}
