import type { Exposure } from './api';
import { hrefOf } from './router';

/** The detail page of an exposure: its natural key in the query (keys hold `/` and `|`). */
export const exposureHref = (e: Pick<Exposure, 'key'>): string => hrefOf('/exposure', { key: e.key });

/**
 * The vulnerability an exposure key names. Keys are `vulnerability|purl|digest|environment/workload` and only the
 * vulnerability may hold a `|` (ADR 072): split from the right.
 */
export const vulnerabilityOfKey = (key: string): string => key.split('|').slice(0, -3).join('|');
