/**
 * Old service names and retired services (exam guide v1.1, "Service renames and retirements").
 * Renamed: the old name is always flagged, unless the text says "formerly …".
 * Retired: flagged only when the card does not itself say the service is retired.
 */
export const RENAMED: ReadonlyArray<{ pattern: RegExp; current: string }> = [
  { pattern: /\bKinesis (?:Data )?Firehose\b/i, current: 'Amazon Data Firehose' },
  { pattern: /\bKinesis Data Analytics\b|\bKDA\b/, current: 'Amazon Managed Service for Apache Flink' },
  { pattern: /\bElasticsearch Service\b|\bAmazon ES\b/, current: 'Amazon OpenSearch Service' },
  { pattern: /\bQuickSight\b/, current: 'Amazon Quick Sight' },
  { pattern: /\bAmazon SageMaker\b(?! (?:AI|Unified Studio|Catalog|Lakehouse)\b)/, current: 'Amazon SageMaker AI' },
  { pattern: /\bcustomer master keys?\b|\bCMKs?\b/i, current: 'AWS KMS customer managed key' },
];

export const RETIRED: ReadonlyArray<{ pattern: RegExp; instead: string }> = [
  { pattern: /\bSnowmobile\b/i, instead: 'discontinued: Snowball Edge (itself in maintenance), DataSync or Direct Connect' },
  { pattern: /\bgoverned tables?\b/i, instead: 'retired: Apache Iceberg tables for ACID' },
  { pattern: /\bData Pipeline\b/, instead: 'in maintenance: Step Functions, MWAA or Glue workflows' },
  { pattern: /\bdev(?:elopment)? endpoints?\b/i, instead: 'legacy: Glue interactive sessions or notebooks' },
  { pattern: /\bS3 Select\b/, instead: 'closed to new customers: Athena' },
];

/** Words by which a card acknowledges that a service is retired. */
export const RETIREMENT_WORDS = /\b(?:retired|discontinued|maintenance|legacy|closed to new|no longer|deprecated|end of support)\b/i;

/** "formerly Kinesis Data Analytics" teaches the rename; it is not an outdated name. */
export const RENAME_CONTEXT = /\b(?:formerly|previously|renamed|was called|old name|once called)\b[^.]{0,40}$/i;

/** One case-insensitive pass that every name above would also match: most text has none. */
export const ANY_SERVICE_NAME = new RegExp([...RENAMED, ...RETIRED].map((r) => r.pattern.source).join('|'), 'i');
