/**
 * The example cards of `dea new`: real DEA-C01 facts in our own words, one of each type for
 * `dea new deck` and another set for `dea new card`, so a card pasted into a new deck never asks
 * what the deck's own example asks. They must lint clean in strict mode, shipped decks included
 * (test/e2e/import-new.test.ts): no question of a shipped card, and no item-writing cue.
 */
export type TemplateType = 'basic' | 'cloze' | 'mcq' | 'multi';
export const TEMPLATE_TYPES: readonly TemplateType[] = ['basic', 'cloze', 'mcq', 'multi'];

/** A card without its id: `slug` goes after the deck id. Fields in the order they are written. */
export interface TemplateCard {
  slug: string;
  card: Record<string, unknown>;
}

export const DECK_EXAMPLES: Readonly<Record<TemplateType, TemplateCard>> = {
  basic: {
    slug: 'small-dimension-diststyle',
    card: {
      type: 'basic', domain: 2, task: '2.4', skill: '2.4.1',
      front: 'A 40,000-row dimension table that rarely changes is joined to a fact table of billions of rows in most queries. Which Amazon Redshift distribution style keeps those joins from moving its rows between nodes?',
      back: 'ALL: every compute node holds a full copy of the table, so each node joins its slice of the fact table locally.',
      explanation: 'The cost is storage on every node and slower loads and updates, since each write goes to all nodes; that is why ALL suits small tables that change little.',
      refs: ['Amazon Redshift Database Developer Guide: Distribution styles'],
    },
  },
  cloze: {
    slug: 'firehose-columnar-conversion',
    card: {
      type: 'cloze', domain: 1, task: '1.2', skill: '1.2.6',
      text: 'Amazon Data Firehose can rewrite incoming JSON records as {{c1::Apache Parquet or Apache ORC}} before delivering them to Amazon S3; it takes the column names and types from a table in {{c2::the AWS Glue Data Catalog}}.',
      refs: ['Amazon Data Firehose Developer Guide: Convert input data format in Amazon Data Firehose'],
    },
  },
  mcq: {
    slug: 'session-items-expire',
    card: {
      type: 'mcq', domain: 2, task: '2.3', skill: '2.3.4', tags: ['dynamodb'],
      stem: 'An application writes a session item to an Amazon DynamoDB table at every login. A session is worthless seven days after it is written. The team wants such items removed without writing or running cleanup code and without spending write capacity on the deletes; the exact moment of removal does not matter. What should a data engineer do?',
      options: [
        { text: 'Store an expiry timestamp in epoch seconds in each item and turn on Time to Live for that attribute', why: 'DynamoDB deletes expired items in the background, typically within a few days, and these deletes consume no write throughput.' },
        { text: 'Schedule an AWS Lambda function that scans the table every night and deletes the sessions older than a week', why: 'It works, but the scans and the deletes consume capacity, and the function is code to write and maintain.' },
        { text: 'Export the table to Amazon S3 every week and set an S3 Lifecycle rule that expires the exported objects', why: 'Lifecycle rules expire objects in S3; the items in the table itself would stay.' },
        { text: 'Enable DynamoDB Streams and have a consumer delete each item a week after its INSERT record appears', why: 'Stream records are kept for 24 hours, and the consumer is still code whose deletes consume write capacity.' },
      ],
      answer: 'A',
      explanation: 'Time to Live is the built-in way to expire items: each item carries its own expiry time and DynamoDB removes it at no cost. Until an expired item is deleted, reads can still return it, so filter on the attribute when that matters.',
      refs: ['Amazon DynamoDB Developer Guide: Using time to live (TTL) in DynamoDB'],
    },
  },
  multi: {
    slug: 'athena-scan-less',
    card: {
      type: 'multi', domain: 2, task: '2.4', skill: '2.4.5',
      stem: 'Analysts use Amazon Athena on a year of clickstream logs kept as CSV files in Amazon S3. Every query looks at one day and reads 3 of the 40 columns, yet each one scans the whole dataset. Which two changes will reduce the amount of data each query scans? (Choose two.)',
      select: 2,
      options: [
        { text: 'Convert the files to Apache Parquet', why: 'Parquet stores each column apart, so Athena reads only the columns a query uses, and compressed column chunks are smaller still.' },
        { text: 'Move the objects to S3 Intelligent-Tiering', why: 'A storage class changes the price of storage, not the bytes a query reads.' },
        { text: 'Partition the table by the date of each event', why: 'With a filter on the partition column, Athena skips the objects of every other day.' },
        { text: 'Lower the per-query data limit of the workgroup', why: 'The limit cancels a query that scans too much; it does not make any query read less.' },
        { text: 'Give the analysts an Athena workgroup of their own', why: 'Workgroups separate settings, history and cost reporting; the queries read the same data.' },
      ],
      answer: ['A', 'C'],
      explanation: 'Athena charges by the bytes it scans. A columnar format limits the columns read and partitioning limits the objects read; together they cut the scan of a one-day, three-column query to a small fraction.',
      refs: ['Amazon Athena User Guide: Use columnar storage formats', 'Amazon Athena User Guide: Partition your data'],
    },
  },
};

export const CARD_EXAMPLES: Readonly<Record<TemplateType, TemplateCard>> = {
  basic: {
    slug: 'who-read-an-object',
    card: {
      type: 'basic', domain: 4, task: '4.4', skill: '4.4.1',
      front: 'An AWS CloudTrail trail records management events only. What must be added to it so that it shows who read individual objects of one S3 bucket with GetObject?',
      back: 'Data events for that bucket: trails log S3 object-level calls only when data events are turned on for them.',
      explanation: 'Data events are high-volume and billed separately, so they are off by default; an advanced event selector can limit them to one bucket, prefix or operation.',
      refs: ['AWS CloudTrail User Guide: Logging data events'],
    },
  },
  cloze: {
    slug: 'object-lock-modes',
    card: {
      type: 'cloze', domain: 2, task: '2.3', skill: '2.3.5',
      text: 'While its retention period lasts, an object version in S3 Object Lock {{c1::compliance}} mode cannot be overwritten or deleted by any user, the root user included; in {{c2::governance}} mode, users with the s3:BypassGovernanceRetention permission can still remove it.',
      refs: ['Amazon S3 User Guide: Locking objects with Object Lock'],
    },
  },
  mcq: {
    slug: 'stop-load-missing-ids',
    card: {
      type: 'mcq', domain: 3, task: '3.4', skill: '3.4.2',
      stem: 'An AWS Glue ETL job loads customer records into a curated zone in Amazon S3. A run must not publish its output when fewer than 99% of its records carry a customer_id. Which approach meets this requirement with the LEAST development effort?',
      options: [
        { text: 'Add an Evaluate Data Quality transform with the rule Completeness "customer_id" >= 0.99 and fail the job when it fails', why: 'AWS Glue Data Quality evaluates the DQDL rule on every run and can stop the job before it writes, with no code of your own.' },
        { text: 'Run an AWS Glue crawler on the curated zone after each load and compare the table schema with the last one', why: 'A crawler infers schemas and partitions for the Data Catalog; a schema says nothing about how many values are missing.' },
        { text: 'Write PySpark code in the job that counts the records lacking the identifier and raises an exception', why: 'It works, but it is custom code to write, test and maintain, more effort than one declarative rule.' },
        { text: 'Create an Amazon CloudWatch alarm on the elapsed time of the job and stop the workflow when it fires', why: 'Run time tells nothing about the values in the data.' },
      ],
      answer: 'A',
      explanation: 'AWS Glue Data Quality rules are written in DQDL. Completeness measures the share of non-null values in a column, and a failing rule set can stop the job so that bad data is not published.',
      refs: ['AWS Glue User Guide: DQDL rule type reference', 'AWS Glue User Guide: Evaluating data quality for ETL jobs in AWS Glue Studio'],
    },
  },
  multi: {
    slug: 'keep-api-key-secret',
    card: {
      type: 'multi', domain: 4, task: '4.2', skill: '4.2.2',
      stem: 'A Python shell job in AWS Glue calls a partner API with a key. The key must not appear in the script, in the job definition or in the AWS Glue console, and only the IAM role of the job may read it. Which two places meet these requirements? (Choose two.)',
      select: 2,
      options: [
        { text: 'An AWS Secrets Manager secret that the job reads with GetSecretValue at run time', why: 'The secret is encrypted with AWS KMS and returned only to principals whose policies allow reading it.' },
        { text: 'A default argument of the job definition that the script reads when it starts', why: 'Job arguments are shown in the console and returned by the GetJob API to anyone who can describe the job.' },
        { text: 'An AWS Systems Manager Parameter Store SecureString parameter read with decryption', why: 'SecureString values are encrypted with AWS KMS; reading one in clear text takes ssm:GetParameter and the use of its key.' },
        { text: 'A constant in the job script, which is stored in an S3 bucket with SSE-KMS', why: 'Anyone who can open the script in the console or read its object sees the key in clear text.' },
        { text: 'A table property on a table of the AWS Glue Data Catalog that the job loads', why: 'Table properties are metadata that every principal with catalog read access can see.' },
      ],
      answer: ['A', 'C'],
      explanation: 'Keep secrets in a store that encrypts them and checks IAM on every read: Secrets Manager (with rotation) or Parameter Store SecureString parameters (no built-in rotation, lower cost). The job fetches the value with its own role when it runs.',
      refs: ['AWS Secrets Manager API Reference: GetSecretValue', 'AWS Systems Manager User Guide: AWS Systems Manager Parameter Store'],
    },
  },
};
