// Packages that ship no type declarations: only what Vigil calls is declared.

declare module 'ajv-formats-draft2019' {
  import type { Ajv } from 'ajv';
  export default function addDraft2019Formats(ajv: Ajv, options?: { formats?: string[] }): Ajv;
}

declare module 'spdx-expression-parse' {
  /** Throws on a text that is not an SPDX licence expression. */
  export default function parseSpdxExpression(expression: string): unknown;
}
