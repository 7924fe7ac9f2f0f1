import { issuesFromZod, type ParseResult } from '../input/index.js';
import { OsvRecord } from './osv-record.js';

/**
 * Validates a parsed JSON value as an OSV record.
 * A bad record yields issues coded `OSV_INVALID` whose path is `<id>: <field>` (the id, or `where` when
 * the record has none), and whose message quotes the value and says what was expected.
 * @example parseOsvRecord(JSON.parse(text), 'PyPI/all.zip: GHSA-xxxx.json')
 */
export function parseOsvRecord(value: unknown, where: string): ParseResult<OsvRecord> {
  const result = OsvRecord.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  // name the record by its id, unless the id is what is wrong
  const id = (value as { id?: unknown } | null)?.id;
  const badId = result.error.issues.some((i) => i.path[0] === 'id');
  const name = typeof id === 'string' && !badId ? id : where;
  return {
    ok: false,
    issues: issuesFromZod(result.error.issues, { code: 'OSV_INVALID', where: name, root: value }),
  };
}
