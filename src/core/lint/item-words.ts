import { COMMON_WORDS } from './common-words.js';

/**
 * What counts as a distinctive word of a stem, for `stem-echo`. A word is distinctive when it
 * is not a service or product name (every option names services; repeating one gives nothing
 * away) and either holds a digit (30, 1%, eu-west-1, 2024/) or has 4+ letters and is none of:
 * an English function word, the words of any scenario (company, solution, requirements …), or
 * the field's vocabulary: the words 1.5% or more of the shipped items use (common-words.ts).
 * On the shipped decks this leaves about one item in six with a finding (see lint-rules.md).
 * The lists are words, not patterns: a lookup per word, linear in the text.
 */

const FUNCTION_WORDS = `
about above after again against also although among another any anyone anything are around because been before
being below between both but can cannot could did does doing done down during each either else enough even ever
every few for from further had has have having here how however into its itself just least less like made make
makes many may might more most much must near need needs neither never none nor not now off once one only onto
other others otherwise our out over own per rather same several shall she should since some such than that the
their them then there these they this those though through thus too toward under unless until upon very via was
were what whatever when where whether which while who whom whose why will with within without would yet you your
also already always instead still another able across along back best better first last next given than them
`;

/** Words of the scenario itself: any stem and any option may use them. */
const SCENARIO_WORDS = `
company companies organization business team teams engineer engineers developer developers analyst analysts
scientist scientists user users customer customers application applications app apps solution solutions
requirement requirements require requires required meet meets want wants needed needs must option options
operational overhead cost costs effective cost-effective least most minimal minimum maximum lowest highest fast
faster fastest quick quickly efficient efficiently possible currently current existing new use uses using used
data dataset datasets information system systems service services resource resources process processes processing
processed store stores stored storing storage file files object objects table tables record records row rows
column columns query queries job jobs task tasks pipeline pipelines workload workloads environment account accounts
source sources target targets destination format formats value values time times daily hourly weekly monthly
every each multiple single several many large small amount amounts volume volumes size sizes number numbers
configure configured configuration create created creates set setting settings enable enabled run runs running
provide provides access accessed write writes written read reads load loads loaded send sends sent receive
receives change changes changed update updates updated ensure ensures support supports supported allow allows
automatically automatic manually manual without within across between also which what solution should
`;

/** Service and product names (their first or key word): named by most options of an item. */
const PRODUCT_WORDS = `
amazon aws apache s3 glacier glue athena redshift spectrum serverless kinesis firehose flink lambda emr dynamodb
streams sqs sns eventbridge step functions stepfunctions mwaa airflow lake formation quick sight quicksight
opensearch cloudwatch cloudtrail config iam kms macie datazone sagemaker appflow dms datasync transfer snowball
direct connect msk kafka rds aurora postgresql mysql documentdb neptune keyspaces timestream elasticache memorydb
ec2 ecs eks fargate batch vpc privatelink secrets manager parameter store systems databrew catalog crawler
crawlers iceberg hudi delta parquet orc avro json csv spark pyspark hive presto trino hadoop python scala sql
boto3 cli sdk api console organizations control tower lakehouse ec2 route53 g.1x g.2x g.025x
`;

const toSet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));
const PRODUCTS = toSet(PRODUCT_WORDS);
const COMMON = new Set([...toSet(FUNCTION_WORDS), ...toSet(SCENARIO_WORDS), ...PRODUCTS, ...toSet(COMMON_WORDS)]);

/** Edge punctuation by char code: `"'()[]{},.;:!?“”‘’` and backtick and `*`. */
const EDGE = new Set([...'"\'()[]{},.;:!?“”‘’`*'].map((c) => c.charCodeAt(0)));

/** The characters `\s` matches: words are split where `split(/\s+/)` would split them. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * A text's words, lower-cased, edge punctuation and a plural "s" taken off. One scan of the
 * lower-cased text (no split array, no trimmed intermediates): this runs on every stem and
 * option at each lint, and the split version was among the rules' largest costs (with its garbage).
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let i = 0;
  while (i < lower.length) {
    while (i < lower.length && isSpace(lower.charCodeAt(i))) i++;
    let end = i;
    while (end < lower.length && !isSpace(lower.charCodeAt(end))) end++;
    const next = end;
    while (i < end && EDGE.has(lower.charCodeAt(i))) i++;
    while (end > i && EDGE.has(lower.charCodeAt(end - 1))) end--;
    if (end > i) out.push(singular(lower.slice(i, end)));
    i = next;
  }
  return out;
}

function singular(word: string): string {
  const bare = word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
  return bare.length > 4 && bare.endsWith('s') && !bare.endsWith('ss') && !HAS_DIGIT.test(bare) ? bare.slice(0, -1) : bare;
}

const HAS_DIGIT = /\d/;

/** Whether a word (from wordsOf) tells this scenario apart from others. */
export function isDistinctive(word: string): boolean {
  if (PRODUCTS.has(word)) return false;
  if (HAS_DIGIT.test(word)) return true;
  if (word.length < 4) return false;
  return !COMMON.has(word) && !COMMON.has(`${word}s`);
}
