import type { ImpactEvent } from '../../app/exposures/index.js';

/** An event serve pushes: an id that orders them, its type, when, and what it says. */
export interface PushedEvent {
  readonly id: number;
  readonly type: 'impact';
  readonly at: string;
  readonly data: ImpactEvent;
}

/**
 * The process's event bus: what the SSE stream sends and what notifications will deliver. It keeps the last
 * `keep` events so a client that reconnects with `Last-Event-ID` misses none of them.
 */
export function createEventHub(keep = 1000) {
  const recent: PushedEvent[] = [];
  const listeners = new Set<(e: PushedEvent) => void>();
  let last = 0;
  return {
    publish(type: PushedEvent['type'], data: ImpactEvent): PushedEvent {
      const event = { id: ++last, type, at: new Date().toISOString(), data };
      recent.push(event);
      if (recent.length > keep) recent.splice(0, recent.length - keep);
      for (const listener of listeners) listener(event);
      return event;
    },
    /** Events after `id` still kept, oldest first. */
    since: (id: number): PushedEvent[] => recent.filter((e) => e.id > id),
    subscribe(listener: (e: PushedEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type EventHub = ReturnType<typeof createEventHub>;
