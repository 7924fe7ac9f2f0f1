import { z } from 'zod';
import { isDigest } from '../artifact/image-reference.js';
import { quoteValue } from '../input/index.js';
import { type Purl, parsePurl } from '../purl/index.js';
import { Text } from './parse-with.js';

/** What a product or component identifier names: a package, an image digest, or something else by name. */
export interface VexIdentity {
  readonly purl?: Purl;
  readonly digest?: string;
  readonly name?: string;
}

const raise = (ctx: z.core.$RefinementCtx<string>, input: string, message: string): never => {
  ctx.issues.push({ code: 'custom', message, input });
  return z.NEVER;
};

// VEX documents repeat the same few purls (Docker Hardened Images: 175k product ids, 682 distinct): parsing is
// pure, so each distinct text is parsed once. Bounded, so that a stream of documents cannot grow it forever.
const parsedPurls = new Map<string, ReturnType<typeof parsePurl>>();
function parsePurlOnce(text: string): ReturnType<typeof parsePurl> {
  let parsed = parsedPurls.get(text);
  if (!parsed) {
    if (parsedPurls.size >= 50_000) parsedPurls.clear();
    parsed = parsePurl(text);
    parsedPurls.set(text, parsed);
  }
  return parsed;
}

/** A package URL field, parsed and normalised; a broken purl is an issue at the field. */
export const PurlText = Text.transform((text, ctx): Purl => {
  const parsed = parsePurlOnce(text);
  return parsed.ok ? parsed.value : raise(ctx, text, parsed.issues[0]?.message ?? 'is not a package URL');
});

/**
 * An IRI naming a product (OpenVEX `@id`): a purl (which must parse), a bare `sha256:` digest, or any other
 * identifier, kept as a name.
 */
export const IdentityText = Text.transform((text, ctx): VexIdentity => {
  const value = text.trim();
  if (/^pkg:/i.test(value)) {
    const parsed = parsePurlOnce(value);
    return parsed.ok ? { purl: parsed.value } : raise(ctx, text, parsed.issues[0]?.message ?? 'bad purl');
  }
  const digest = /^sha256:/i.test(value) ? digestOf(value) : undefined;
  if (digest) return { digest };
  return value ? { name: value } : raise(ctx, text, `${quoteValue(text)}: expected a purl or an IRI`);
});

/** `sha256:<hex>` (any case) or 64 bare hex digits as Vigil's digest form; undefined otherwise. */
export function digestOf(text: string): string | undefined {
  const lower = text.trim().toLowerCase();
  const digest = /^[0-9a-f]{64}$/.test(lower) ? `sha256:${lower}` : lower;
  return isDigest(digest) ? digest : undefined;
}
