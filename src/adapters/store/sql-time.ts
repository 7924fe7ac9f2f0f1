/** A timestamp column as the ISO text the app layer speaks (PGlite gives Dates, `pg` too, text in some casts). */
export const iso = (t: Date | string): string => new Date(t).toISOString();
export const isoOrNull = (t: Date | string | null): string | null => (t === null ? null : iso(t));
