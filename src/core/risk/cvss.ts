import ae from 'ae-cvss-calculator';

export const CVSS_VERSIONS = ['2.0', '3.0', '3.1', '4.0'] as const;
export type CvssVersion = (typeof CVSS_VERSIONS)[number];

/** What the risk model reads from a CVSS vector. */
export interface CvssAssessment {
  readonly version: CvssVersion;
  readonly vector: string;
  readonly baseScore: number;
  /** N(etwork), A(djacent), L(ocal), P(hysical). */
  readonly attackVector: 'N' | 'A' | 'L' | 'P';
  /** CVSS v4.0 threat metric E: attacked, proof of concept, unreported; absent when not given. */
  readonly exploitMaturity?: 'attacked' | 'poc' | 'unreported';
}

const MATURITY = { A: 'attacked', P: 'poc', U: 'unreported' } as const;

/**
 * Parses and scores a CVSS vector with ae-cvss-calculator (checked against the reference calculator).
 * @returns undefined when the vector is not a valid CVSS 2.0/3.0/3.1/4.0 vector.
 */
export function assessCvss(vector: string): CvssAssessment | undefined {
  const text = vector.trim();
  let version: CvssVersion;
  let calc: { calculateScores(): { base?: number | undefined } };
  try {
    if (text.startsWith('CVSS:4.0/')) [version, calc] = ['4.0', new ae.Cvss4P0(text)];
    else if (text.startsWith('CVSS:3.1/')) [version, calc] = ['3.1', new ae.Cvss3P1(text)];
    else if (text.startsWith('CVSS:3.0/')) [version, calc] = ['3.0', new ae.Cvss3P0(text)];
    else if (/^\(?AV:[LAN]\//.test(text))
      [version, calc] = ['2.0', new ae.Cvss2(text.replace(/^\(|\)$/g, ''))];
    else return undefined;
    const scores = calc.calculateScores();
    const base = scores.base;
    if (typeof base !== 'number' || Number.isNaN(base)) return undefined;
    const metrics = new Map(
      text
        .replace(/^\(|\)$/g, '')
        .split('/')
        .map((part) => part.split(':') as [string, string]),
    );
    const av = metrics.get('AV');
    if (av !== 'N' && av !== 'A' && av !== 'L' && av !== 'P') return undefined;
    const e = metrics.get('E');
    const exploitMaturity =
      version === '4.0' && (e === 'A' || e === 'P' || e === 'U') ? MATURITY[e] : undefined;
    return {
      version,
      vector: text,
      baseScore: base,
      attackVector: av,
      ...(exploitMaturity ? { exploitMaturity } : {}),
    };
  } catch {
    return undefined;
  }
}
