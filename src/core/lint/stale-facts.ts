/**
 * Numbers AWS has changed, for `stale-fact` (as services.ts does for names). The old number is
 * looked for in each text of a card, and only on a card whose texts name the service and the
 * limit (`about`), so an unrelated "256 KB" does not match: a question in the front and the old
 * figure in the back are found together. The patterns are plain alternations (no backtracking).
 * A text that says how the number changed ("rose from 256 KiB") teaches it: see TEACHES_CHANGE.
 */
export interface StaleFact {
  /** The service `about[0]` names, as a plain string a card must contain to be looked at. */
  names: string;
  /** Every one of these must match some text of the card. */
  about: readonly RegExp[];
  /** The old figure, as cards write it. */
  old: RegExp;
  /** A card that names this is about another limit that kept the old figure. */
  unless?: RegExp;
  /** The current fact, as the message gives it. */
  now: string;
  /** The AWS page that states it, for the message and for review. */
  source: string;
}

export const STALE_FACTS: readonly StaleFact[] = [
  {
    names: 'SQS',
    about: [/\bSQS\b/, /\bmessages?\b/i],
    old: /\b256\s?(?:KB|KiB)\b/i,
    unless: /\bStep Functions\b|\bstate (?:machine|payload|input|output)\b|\b(?:Map|Task|Pass) state\b/,
    now: 'the largest Amazon SQS message is 1 MiB (since 2025; it was 256 KiB)',
    source: 'Amazon SQS Developer Guide: Amazon SQS message quotas',
  },
  {
    names: 'Lambda',
    about: [/\bLambda\b/, /\basync(?:hronous(?:ly)?)?\b/i],
    old: /\b256\s?(?:KB|KiB)\b/i,
    // Step Functions state payloads and the SNS default are still 256 KiB.
    unless: /\bStep Functions\b|\bstate (?:machine|payload|input|output)\b|\b(?:Map|Task|Pass) state\b|\bSNS\b|\bInvokeAsync\b/,
    now: 'an asynchronous Lambda invocation carries up to 1 MB (since October 2025; synchronous stays 6 MB)',
    source: 'AWS Lambda API Reference: Invoke',
  },
  {
    names: 'S3',
    about: [/\bS3\b/, /\bobjects?\b/i],
    old: /\b5\s?(?:TB|TiB)\b/i,
    now: 'an S3 object can be up to 50 TB (since December 2025; it was 5 TB)',
    source: 'Amazon S3 User Guide: Amazon S3 objects overview',
  },
  {
    names: 'Lambda',
    about: [/\bLambda\b/],
    old: /\b3,?008\s?MB\b/i,
    now: 'a Lambda function can have up to 10,240 MB of memory (since December 2020)',
    source: 'AWS Lambda Developer Guide: Lambda quotas',
  },
  {
    names: 'Kinesis',
    about: [/\bKinesis\b/, /\bretention\b|\bretain/i],
    // "re-read up to 7 days of changes" is a requirement; "retention of up to 7 days" is the old limit.
    old: /\b(?:retention(?: period)?|retains?|keeps?)\b[^.\n]{0,20}?\bup to (?:7|seven) days\b|\bmax(?:imum)?\s+(?:retention\s+(?:period\s+)?)?(?:is\s+|of\s+)?(?:7|seven)\s+days\b/i,
    now: 'a Kinesis data stream can keep records for up to 365 days (since November 2020; 24 hours by default)',
    source: 'Amazon Kinesis Data Streams Developer Guide: Change the data retention period',
  },
  {
    names: 'Kinesis',
    about: [/\bKinesis\b/],
    old: /\b(?:max(?:imum)?|largest)\s+(?:record|payload)\s+size\b[^.\n]{0,20}?\b1\s?(?:MB|MiB)\b/i,
    now: 'a Kinesis data stream accepts records of up to 10 MiB when its maximum record size is raised (1 MiB by default)',
    source: 'Amazon Kinesis Data Streams Developer Guide: Handle large records',
  },
  {
    names: 'DynamoDB',
    about: [/\bDynamoDB\b/, /\bTransact(?:WriteItems|GetItems|ion)/i],
    old: /\b(?:up to|at most|max(?:imum)?(?: of)?)\s+25\s+(?:items|actions|operations|requests)\b/i,
    now: 'a DynamoDB transaction groups up to 100 actions (BatchWriteItem stays at 25 items)',
    source: 'Amazon DynamoDB API Reference: TransactWriteItems',
  },
  {
    names: 'S3',
    about: [/\bS3\b/],
    old: /\beventual(?:ly)?\s+consisten/i,
    now: 'Amazon S3 is strongly consistent for every read, overwrite, delete and list (since December 2020)',
    source: 'Amazon S3 User Guide: Amazon S3 data consistency model',
  },
  {
    names: 'Firehose',
    about: [/\bFirehose\b/, /\bbuffer/i],
    old: /\b(?:minimum|at least|min\.?)\s+(?:buffer(?:ing)?\s+)?(?:interval\s+)?(?:of\s+|is\s+)?(?:60|sixty)\s?(?:s|sec|seconds)\b/i,
    now: 'a Firehose buffer interval can be 0 to 900 seconds (zero buffering since December 2023)',
    source: 'Amazon Data Firehose API Reference: BufferingHints',
  },
];

/**
 * Words by which a card teaches the change rather than states the old number as current (a
 * distractor may give the old figure when its rationale says it changed).
 */
export const TEACHES_CHANGE = /\b(?:formerly|previously|used to|until 20\d\d|before 20\d\d|since (?:[A-Z][a-z]+ )?20\d\d|(?:was )?(?:rose|raised|increased|grew|went|changed|up) from|it was|no longer)\b/i;

/**
 * Whether a card names a service a stale fact is about: the cheap test (a plain substring
 * search) before the old-figure alternation, which no card without one of these can be reported by.
 */
export const mayHaveStaleFact = (texts: ReadonlyArray<{ text: string }>): boolean =>
  STALE_NAMES.some((name) => texts.some((t) => t.text.includes(name)));
const STALE_NAMES = [...new Set(STALE_FACTS.map((f) => f.names))];

/** One pass that every old figure above would also match: most texts have none. */
export const ANY_OLD_FIGURE = new RegExp(STALE_FACTS.map((f) => f.old.source).join('|'), 'i');
