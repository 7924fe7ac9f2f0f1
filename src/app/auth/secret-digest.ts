import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, base64url (43 characters): a token's or a session's secret part. */
export const randomSecret = (): string => randomBytes(32).toString('base64url');

/** The SHA-256 of a secret, hex: all the store keeps of a token or a session id. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Whether two strings are equal, in a time that does not tell where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The stored record of a presented secret (a token, a session id), with the secret: its SHA-256, one lookup by it, a constant-time
 * comparison. An unknown secret and a known one take this same path, so what is decided afterwards (expired,
 * revoked) cannot be told apart from "unknown" by the time it takes.
 */
export async function findBySecret<T extends { readonly sha256: string }>(
  presented: string | undefined,
  format: RegExp,
  lookup: (sha256: string) => Promise<T | undefined>,
): Promise<
  { readonly stored: T; readonly secret: string } | { readonly refused: 'missing' | 'malformed' | 'unknown' }
> {
  if (presented === undefined || presented === '') return { refused: 'missing' };
  if (!format.test(presented)) return { refused: 'malformed' };
  const hash = sha256Hex(presented);
  const stored = await lookup(hash);
  return stored && constantTimeEqual(stored.sha256, hash)
    ? { stored, secret: presented }
    : { refused: 'unknown' };
}
