import { describe, expect, it } from 'vitest';
import { isCalendarDate, isPastDay } from '../../src/core/calendar.js';

describe('exam dates', () => {
  it('are real calendar days', () => {
    expect(['2027-01-15', '2028-02-29'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2027-02-31', '2027-02-29', '2027-13-01', '2027-1-5', '15.01.2027'].map(isCalendarDate)).toEqual([false, false, false, false, false]);
  });
  it('in the past are told apart from today and later', () => {
    const now = new Date(2026, 11, 2, 15, 0);
    expect([isPastDay('2026-12-01', now), isPastDay('2026-12-02', now), isPastDay('2027-01-01', now)]).toEqual([true, false, false]);
  });
});
