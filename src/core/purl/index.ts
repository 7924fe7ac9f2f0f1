export { formatPurl, purlPackageKey } from './format-purl.js';
export { normalizePurl } from './normalize-purl.js';
export { parsePurl } from './parse-purl.js';
export type { Purl } from './purl.js';
