import { z } from 'zod';

/**
 * An OSV record (https://ossf.github.io/osv-schema/), as Vigil validates it before import.
 *
 * It accepts everything the official JSON schema accepts, and is deliberately looser in three places
 * (docs/adr/030-feeds.md): ecosystem names and id prefixes are open lists that grow faster than any
 * release of Vigil, so any non-empty name is kept and the matcher reports an unknown ecosystem; unknown
 * top-level fields (a newer schema version) are kept; GIT commit hashes and reference URLs are not
 * checked, since Vigil matches neither. What matching relies on is strict: timestamps, range events.
 */
const Timestamp = z.iso.datetime({
  message: 'expected an RFC 3339 UTC timestamp such as 2024-05-01T12:00:00Z',
});

const Strings = z.array(z.string());
const NullableStrings = Strings.nullish();

export const SEVERITY_TYPES = ['CVSS_V2', 'CVSS_V3', 'CVSS_V4', 'Ubuntu'] as const;
export const RANGE_TYPES = ['GIT', 'SEMVER', 'ECOSYSTEM'] as const;
export const EVENT_KINDS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;

export const OsvSeverity = z.object({ type: z.enum(SEVERITY_TYPES), score: z.string() });
export type OsvSeverity = z.infer<typeof OsvSeverity>;

/** One range event: an object with exactly one of `introduced`, `fixed`, `last_affected`, `limit`. */
export const OsvEvent = z
  .looseObject({
    introduced: z.string().optional(),
    fixed: z.string().optional(),
    last_affected: z.string().optional(),
    limit: z.string().optional(),
  })
  .refine((e) => EVENT_KINDS.filter((k) => e[k] !== undefined).length === 1, {
    message: 'expected exactly one of introduced, fixed, last_affected, limit',
  });
export type OsvEvent = z.infer<typeof OsvEvent>;

export const OsvRange = z
  .looseObject({
    type: z.enum(RANGE_TYPES),
    repo: z.string().optional(),
    events: z.array(OsvEvent).min(1, 'expected at least one event'),
    database_specific: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((range, ctx) => {
    // OSV: "events must contain an introduced object and may contain fixed, last_affected or limit objects"
    if (!range.events.some((e) => e.introduced !== undefined))
      ctx.addIssue({ code: 'custom', path: ['events'], message: 'expected an "introduced" event' });
    if (
      range.events.some((e) => e.fixed !== undefined) &&
      range.events.some((e) => e.last_affected !== undefined)
    )
      ctx.addIssue({
        code: 'custom',
        path: ['events'],
        message: 'expected "fixed" or "last_affected", not both',
      });
    if (range.type === 'GIT' && range.repo === undefined)
      ctx.addIssue({ code: 'custom', path: ['repo'], message: 'expected the repository of a GIT range' });
  });
export type OsvRange = z.infer<typeof OsvRange>;

export const OsvAffected = z.looseObject({
  package: z
    .looseObject({
      ecosystem: z.string().min(1, 'expected an ecosystem name'),
      name: z.string(),
      purl: z.string().optional(),
    })
    .optional(),
  severity: z.array(OsvSeverity).nullish(),
  ranges: z.array(OsvRange).optional(),
  versions: Strings.optional(),
  ecosystem_specific: z.record(z.string(), z.unknown()).optional(),
  database_specific: z.record(z.string(), z.unknown()).optional(),
});
export type OsvAffected = z.infer<typeof OsvAffected>;

export const OsvReference = z.looseObject({
  type: z.enum([
    'ADVISORY',
    'ARTICLE',
    'DETECTION',
    'DISCUSSION',
    'REPORT',
    'FIX',
    'INTRODUCED',
    'GIT',
    'PACKAGE',
    'EVIDENCE',
    'WEB',
  ]),
  url: z.string(),
});

export const OsvCredit = z.looseObject({
  name: z.string(),
  contact: Strings.optional(),
  type: z
    .enum([
      'FINDER',
      'REPORTER',
      'ANALYST',
      'COORDINATOR',
      'REMEDIATION_DEVELOPER',
      'REMEDIATION_REVIEWER',
      'REMEDIATION_VERIFIER',
      'TOOL',
      'SPONSOR',
      'OTHER',
    ])
    .optional(),
});

export const OsvRecord = z
  .looseObject({
    schema_version: z.string().optional(),
    id: z
      .string()
      .min(1, 'expected a non-empty id')
      .max(255, 'expected an id of at most 255 characters')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: ids must not carry control characters
      .regex(/^[^\s/\\\u0000-\u001f]+$/, 'expected an id without spaces, slashes or control characters'),
    modified: Timestamp,
    published: Timestamp.optional(),
    withdrawn: Timestamp.optional(),
    aliases: NullableStrings,
    related: Strings.optional(),
    upstream: Strings.optional(),
    summary: z.string().optional(),
    details: z.string().optional(),
    severity: z.array(OsvSeverity).nullish(),
    affected: z.array(OsvAffected).nullish(),
    references: z.array(OsvReference).nullish(),
    credits: z.array(OsvCredit).optional(),
    database_specific: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((record, ctx) => {
    // OSV: a record with a top-level severity may not also carry one per affected package
    if (record.severity === undefined) return;
    record.affected?.forEach((a, i) => {
      if (a.severity !== undefined && a.severity !== null)
        ctx.addIssue({
          code: 'custom',
          path: ['affected', i, 'severity'],
          message: 'expected no per-package severity when the record has a top-level severity',
        });
    });
  });
export type OsvRecord = z.infer<typeof OsvRecord>;
