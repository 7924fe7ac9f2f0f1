import { fail, type InputIssue, type ParseResult, quoteValue } from '../input/index.js';

/** One day of EPSS scores, column by column (300k+ rows load faster as columns than as objects). */
export interface EpssScores {
  readonly modelVersion: string;
  /** `YYYY-MM-DD`, the day the scores are for. */
  readonly scoreDate: string;
  readonly cves: readonly string[];
  /** Probabilities and percentiles in [0, 1], as written in the file (no float round trip). */
  readonly epss: readonly string[];
  readonly percentiles: readonly string[];
}

const HEADER = /^#model_version:([^,]*),score_date:(\d{4}-\d{2}-\d{2})T/;
const ROW = /^(CVE-\d{4}-\d{4,19}),([01](?:\.\d+)?(?:[eE]-?\d+)?),([01](?:\.\d+)?(?:[eE]-?\d+)?)$/;

/**
 * Parses FIRST's daily EPSS CSV (already decompressed): the `#model_version:…,score_date:…` comment line,
 * the `cve,epss,percentile` header, then one row per CVE.
 * The file is all or nothing: a bad line fails it (`EPSS_INVALID`, path `<where>: line N`).
 */
export function parseEpssCsv(text: string, where: string): ParseResult<EpssScores> {
  const lines = text.split('\n');
  const head = HEADER.exec(lines[0]?.trim() ?? '');
  if (!head) return bad(where, 1, lines[0], 'expected "#model_version:<version>,score_date:<YYYY-MM-DDT…>"');
  if (lines[1]?.trim() !== 'cve,epss,percentile')
    return bad(where, 2, lines[1], 'expected "cve,epss,percentile"');
  const cves: string[] = [];
  const epss: string[] = [];
  const percentiles: string[] = [];
  for (let i = 2; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    const row = ROW.exec(line);
    if (!row || Number(row[2]) > 1 || Number(row[3]) > 1)
      return bad(where, i + 1, line, 'expected "CVE-YYYY-NNNN,<epss 0..1>,<percentile 0..1>"');
    cves.push(row[1] as string);
    epss.push(row[2] as string);
    percentiles.push(row[3] as string);
  }
  if (cves.length === 0) return bad(where, lines.length, '', 'expected at least one score row');
  return {
    ok: true,
    value: { modelVersion: head[1] as string, scoreDate: head[2] as string, cves, epss, percentiles },
  };
}

function bad(where: string, line: number, value: string | undefined, expected: string): ParseResult<never> {
  const issue: InputIssue = {
    code: 'EPSS_INVALID',
    path: `${where}: line ${line}`,
    message: `${quoteValue(value ?? '')}: ${expected}`,
  };
  return fail(issue);
}
