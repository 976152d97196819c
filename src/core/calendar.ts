/** Whether `s` is YYYY-MM-DD naming a real calendar day (2027-02-31 is not; Date.parse accepts it). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The start of day `s` (YYYY-MM-DD) in local time, `offset` days later. */
export function localDay(s: string, offset = 0): Date {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + offset);
}

/** Whole days from the start of `now`'s day to the start of day `s` (negative once it has passed). */
export const daysUntil = (s: string, now: Date): number =>
  Math.round((localDay(s).getTime() - new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime()) / 86_400_000);

/** Whether the day `s` (YYYY-MM-DD, local) is before the day of `now`. */
export const isPastDay = (s: string, now: Date): boolean => daysUntil(s, now) < 0;
