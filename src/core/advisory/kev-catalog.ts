import { z } from 'zod';
import { fail, issuesFromZod, type ParseResult, quoteValue } from '../input/index.js';

const Day = z.iso.date({ message: 'expected a date YYYY-MM-DD' });

/** One entry of CISA's Known Exploited Vulnerabilities catalog (its JSON schema's required fields, plus the rest). */
export const KevEntry = z.object({
  cveID: z.string().regex(/^CVE-\d{4}-\d{4,19}$/, 'expected a CVE id such as CVE-2021-44228'),
  vendorProject: z.string(),
  product: z.string(),
  vulnerabilityName: z.string(),
  dateAdded: Day,
  shortDescription: z.string(),
  requiredAction: z.string(),
  dueDate: Day,
  knownRansomwareCampaignUse: z.string().optional(),
  notes: z.string().optional(),
  cwes: z.array(z.string()).optional(),
});
export type KevEntry = z.infer<typeof KevEntry>;

export const KevCatalog = z.object({
  title: z.string().optional(),
  catalogVersion: z.string().min(1),
  dateReleased: z.iso.datetime({ message: 'expected an RFC 3339 UTC timestamp' }),
  count: z.number().int().nonnegative(),
  vulnerabilities: z.array(KevEntry),
});
export type KevCatalog = z.infer<typeof KevCatalog>;

/**
 * Parses the KEV JSON catalog (the text of known_exploited_vulnerabilities.json).
 * The catalog is all or nothing: one bad entry fails it (`KEV_INVALID`, path `vulnerabilities[i].field`),
 * so that a damaged download never looks like a catalog from which entries were removed.
 */
export function parseKevCatalog(text: string, where: string): ParseResult<KevCatalog> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail({
      code: 'KEV_INVALID',
      path: where,
      message: `not JSON (${reason}); expected the KEV catalog`,
    });
  }
  const result = KevCatalog.safeParse(json);
  if (!result.success)
    return {
      ok: false,
      issues: issuesFromZod(result.error.issues, { code: 'KEV_INVALID', where, root: json }),
    };
  const seen = new Set<string>();
  for (const [i, entry] of result.data.vulnerabilities.entries()) {
    if (seen.has(entry.cveID))
      return fail({
        code: 'KEV_INVALID',
        path: `${where}: vulnerabilities[${i}].cveID`,
        message: `${quoteValue(entry.cveID)} is listed twice; expected one entry per CVE`,
      });
    seen.add(entry.cveID);
  }
  return { ok: true, value: result.data };
}
