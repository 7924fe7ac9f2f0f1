import type { Decision } from './api';

/** Most urgent first, as the API ranks them. */
export const DECISIONS: readonly Decision[] = ['Act', 'Attend', 'Track*', 'Track'];

/** One colour per decision, everywhere (badges, charts, the twin map); `none`: no exposure; `unknown`: no SBOM. */
export const DECISION_COLOURS: Readonly<Record<Decision | 'suppressed' | 'none' | 'unknown', string>> = {
  Act: '#c0392b',
  Attend: '#e67e22',
  'Track*': '#b7950b',
  Track: '#5b7db1',
  suppressed: '#cacfd2',
  none: '#27ae60',
  unknown: '#a6acaf',
};

/** The more urgent of two decisions (undefined: none yet). */
export function worse(a: Decision | undefined, b: Decision): Decision {
  return a === undefined || DECISIONS.indexOf(b) < DECISIONS.indexOf(a) ? b : a;
}

/** `decision` as the API accepts it in a filter, or undefined. */
export function decisionOf(text: string | null): Decision | undefined {
  return DECISIONS.find((d) => d.toLowerCase() === (text ?? '').toLowerCase());
}

export function DecisionBadge({ decision, suppressed }: { decision: Decision; suppressed?: boolean }) {
  return (
    <span
      className="badge"
      style={{ background: suppressed ? DECISION_COLOURS.suppressed : DECISION_COLOURS[decision] }}
      title={suppressed ? 'suppressed by a VEX statement' : undefined}
    >
      {decision}
      {suppressed ? ' (VEX)' : ''}
    </span>
  );
}
