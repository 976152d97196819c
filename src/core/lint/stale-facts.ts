/**
 * Numbers AWS has changed, for `stale-fact` (as services.ts does for names). The old number is
 * looked for in each text of a card, and only on a card whose texts name the service and the
 * limit (`about`), so an unrelated "256 KB" does not match: a question in the front and the old
 * figure in the back are found together. The patterns are plain alternations (no backtracking).
 * A text that says how the number changed ("rose from 256 KiB") teaches it: see TEACHES_CHANGE.
 */
export interface StaleFact {
  /** Every one of these must match some text of the card. */
  about: readonly RegExp[];
  /** The old figure, as cards write it. */
  old: RegExp;
  /** The current fact, as the message gives it. */
  now: string;
  /** The AWS page that states it, for the message and for review. */
  source: string;
}

export const STALE_FACTS: readonly StaleFact[] = [
  {
    about: [/\bSQS\b/, /\bmessages?\b/i],
    old: /\b256\s?(?:KB|KiB)\b/i,
    now: 'the largest Amazon SQS message is 1 MiB (since August 2025; it was 256 KiB)',
    source: 'Amazon SQS Developer Guide: Amazon SQS message quotas',
  },
];

/** Words by which a text teaches the change rather than states the old number as current. */
export const TEACHES_CHANGE = /\b(?:formerly|previously|used to|until 20\d\d|before 20\d\d|(?:was )?(?:rose|raised|increased|grew|went|changed|up) from|it was|no longer)\b/i;
