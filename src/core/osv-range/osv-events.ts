export const EVENT_KINDS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface RangeEvent {
  readonly kind: EventKind;
  readonly value: string;
}

const LEGACY_KINDS: Record<string, EventKind> = {
  INTRODUCED: 'introduced',
  FIXED: 'fixed',
  LAST_AFFECTED: 'last_affected',
  LIMIT: 'limit',
};

/**
 * The events of an OSV range, or what is wrong with them. Each event must hold exactly one of introduced,
 * fixed, last_affected, limit with a string value; the pre-1.0 OSV form `{ type: "FIXED", value }` is read too.
 */
export function readEvents(events: unknown): RangeEvent[] | string {
  if (!Array.isArray(events) || events.length === 0) return 'the range has no events';
  const out: RangeEvent[] = [];
  for (const [i, event] of events.entries()) {
    if (typeof event !== 'object' || event === null) return `event ${i} is not an object`;
    const record = event as Record<string, unknown>;
    const legacy = typeof record.type === 'string' ? LEGACY_KINDS[record.type] : undefined;
    if (legacy && typeof record.value === 'string') {
      out.push({ kind: legacy, value: record.value });
      continue;
    }
    const kinds = EVENT_KINDS.filter((k) => record[k] !== undefined);
    const kind = kinds[0];
    if (kinds.length !== 1 || kind === undefined)
      return `event ${i} has ${kinds.length} of introduced, fixed, last_affected, limit; expected one`;
    const value = record[kind];
    if (typeof value !== 'string' || value === '') return `event ${i}: ${kind} is not a non-empty string`;
    out.push({ kind, value });
  }
  return out;
}

/** `introduced 0, fixed 1.2.3` — a range's events for messages. */
export function describeEvents(events: readonly RangeEvent[]): string {
  return events.map((e) => `${e.kind} ${e.value}`).join(', ');
}
