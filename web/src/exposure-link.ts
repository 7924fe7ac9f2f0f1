import type { Exposure } from './api';
import { hrefOf } from './router';

/** The detail page of an exposure: its natural key in the query (keys hold `/` and `|`). */
export const exposureHref = (e: Pick<Exposure, 'key'>): string => hrefOf('/exposure', { key: e.key });

/**
 * The vulnerability an exposure key names. Keys are `vulnerability|purl|digest|environment/workload` and only the
 * vulnerability may hold a `|` (ADR 072): split from the right.
 */
export const vulnerabilityOfKey = (key: string): string => key.split('|').slice(0, -3).join('|');

/** The environment an exposure key names: the last part is `environment/namespace/name` (names hold no `/`). */
export const environmentOfKey = (key: string): string => (key.split('|').at(-1) ?? '').split('/')[0] ?? '';
