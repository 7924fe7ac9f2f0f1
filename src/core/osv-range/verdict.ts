/** The answer to "is this version affected?": yes or no with the reason, or why it cannot be told. */
export type Verdict = { readonly affected: boolean; readonly reason: string } | { readonly unknown: string };

/** The answer of one range without its explanation: in, out, or why it cannot be evaluated. */
export type RangeAnswer = boolean | { readonly unknown: string };

export const isUnknown = (v: Verdict | RangeAnswer): v is { readonly unknown: string } =>
  typeof v === 'object' && 'unknown' in v;

/** Quotes a version or commit for a message. */
export const quote = (text: string): string =>
  JSON.stringify(text.length > 80 ? `${text.slice(0, 79)}…` : text);
