/**
 * Publication dates as ISO 8601. Pages write dates in many ways; an ISO date from the page is kept as written
 * (its offset says the local day, which converting to UTC could change), anything else `Date` understands is
 * converted to UTC, and the rest is dropped.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Plausible publication years: guards against epoch zeros and typos such as 20222. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function plausible(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** ISO 8601 form of a date found in a page, or `undefined` when it is not a date. */
export function toIsoDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (trimmed.length < 4 || trimmed.length > 64) return undefined;
  if (ISO_DATE.test(trimmed)) {
    const date = new Date(trimmed.length === 10 ? `${trimmed}T00:00:00Z` : trimmed.replace(' ', 'T'));
    if (!plausible(date)) return undefined;
    return trimmed.replace(' ', 'T');
  }
  // Unix timestamps in seconds or milliseconds (some CMSs put them in meta tags).
  if (/^\d{10}(?:\d{3})?$/.test(trimmed)) {
    const date = new Date(trimmed.length === 10 ? Number(trimmed) * 1000 : Number(trimmed));
    return plausible(date) ? date.toISOString() : undefined;
  }
  const date = new Date(trimmed);
  return plausible(date) ? date.toISOString() : undefined;
}
