// Writes the decks bench/lint-snapshot.sh lints: the 20k generated cards, random cards built to
// trip every text rule (service names, old figures, echoes, control characters, unicode, long
// words and lines) and the hostile parser families. Usage: tsx bench/snapshot-decks.ts DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRng, type Rng } from '../src/core/rng.js';
import { hostileFamilies } from '../test/helpers/hostile-decks.js';
// @ts-expect-error plain .mjs bench helper
import { generateDecks } from './generate-decks.mjs';

const dir = process.argv[2]!;
const PIECES = [
  'SQS', 'message', '256 KB', '256KiB', 'Lambda', 'asynchronous', 'S3', 'objects', '5 TB', '3,008 MB', 'Kinesis',
  'retention', 'retention period of up to 7 days', 'maximum retention is seven days', 'max record size is 1 MB',
  'DynamoDB', 'TransactWriteItems', 'up to 25 items', 'eventually consistent', 'Firehose', 'buffer', 'minimum buffer interval of 60 seconds',
  'Step Functions', 'SNS', 'formerly', 'since 2020', 'no longer', 'Kinesis Data Firehose', 'KDA', 'Amazon ES', 'QuickSight',
  'Amazon SageMaker', 'Amazon SageMaker AI', 'CMK', 'customer master keys', 'Snowmobile', 'governed tables', 'Data Pipeline',
  'dev endpoint', 'S3 Select', 'retired', 'legacy', 'option B', 'answer C', 'all of the above', 'both A and B', 'always', 'never',
  'only', 'partition', 'partitions', 'cluster’s', "job's", 'eu-west-1', '2024/', '30%', 'compaction', 'compactions', 'skewness',
  '"quoted"', '(paren)', 'end.', 'why?', '…', 'é', 'Ünïcödé', '日本語', '🙂', '\u200d', '\t', '\u001b[31m', '\u0007', '\u00a0',
  '\u2028', '{{c1::x}}', '{{c1:x}}', '{{c2::a::b}}', '{{c3::}}', '{{', 'choose two', 'select three', 'pick 2', 'ss', 'ssss',
  'analysis', 'process', 'class', 'x'.repeat(300), '.'.repeat(50), ' '.repeat(40), 'word'.repeat(80),
];
const q = (s: string) => JSON.stringify(s);
function text(rng: Rng, max: number): string {
  const n = 1 + Math.floor(rng() * max);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(PIECES[Math.floor(rng() * PIECES.length)]!);
  return words.join(rng() < 0.1 ? '  ' : ' ');
}
function randomDeck(seed: number, cards: number): string {
  const rng = seededRng(seed);
  const lines = [`id: rand-${seed}`, `title: Random ${seed}`, 'domain: 1', 'task: "1.2"', 'cards:'];
  for (let i = 0; i < cards; i++) {
    const kind = Math.floor(rng() * 4);
    lines.push(`  - id: rand-${seed}/c${i}`);
    if (kind === 0) lines.push('    type: basic', `    front: ${q(text(rng, 12))}`, `    back: ${q(text(rng, 8))}`);
    else if (kind === 1) lines.push('    type: cloze', `    text: ${q(text(rng, 14))}`);
    else {
      const multi = kind === 3;
      const n = multi ? 4 + Math.floor(rng() * 3) : 3 + Math.floor(rng() * 3);
      lines.push(`    type: ${multi ? 'multi' : 'mcq'}`, `    stem: ${q(text(rng, 20))}`);
      if (multi) lines.push(`    select: ${2 + Math.floor(rng() * 2)}`);
      lines.push('    options:');
      for (let o = 0; o < n; o++) lines.push(`      - text: ${q(text(rng, rng() < 0.5 ? 3 : 10))}`, ...(rng() < 0.9 ? [`        why: ${q(text(rng, 8))}`] : []));
      lines.push(`    answer: ${multi ? '[A, C]' : 'ABCDE'[Math.floor(rng() * 5)]}`);
      if (rng() < 0.9) lines.push(`    explanation: ${q(text(rng, 10))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

generateDecks(join(dir, 'gen20k'));
mkdirSync(join(dir, 'random'), { recursive: true });
for (let s = 1; s <= 200; s++) writeFileSync(join(dir, 'random', `rand-${s}.yaml`), randomDeck(s, 30));
mkdirSync(join(dir, 'hostile'), { recursive: true });
hostileFamilies(64 * 1024).forEach((d, i) => writeFileSync(join(dir, 'hostile', `h${i}.${d.format === 'yaml' ? 'yaml' : 'md'}`), d.text));
