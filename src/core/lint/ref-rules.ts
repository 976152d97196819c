import type { Card } from '../model.js';
import type { Finding } from './context.js';

/** Our own notes are not something a user can open; decks cite what they can. */
const PRIVATE_SOURCE = /\bseeds?\b|\bstudy notes\b|\bour notes\b|\bnotes\.md\b/i;
/** Pages that are cited by their title alone: pricing pages, FAQs, agreements, models. */
const STANDALONE_PAGE = /\b(?:pricing|FAQs?|Service Level Agreement|documentation|Guide|Reference|Model|Whitepaper)\b/;

/**
 * Whether a ref names a document a user can open: a URL, "<guide or site>: <page title>", or a
 * page known by its title alone. Refs are deck text: the two patterns are plain alternations
 * (no nested quantifiers) and the "source: title" form is found with indexOf.
 */
export function namesADocument(ref: string): boolean {
  const text = ref.trim();
  if (PRIVATE_SOURCE.test(text)) return false;
  if (text.includes('https://') || text.includes('http://')) return true;
  const colon = text.indexOf(': ');
  if (colon >= 3 && text.length - colon - 2 >= 3) return true;
  return STANDALONE_PAGE.test(text);
}

/** Guides AWS has retitled: a ref under the old title sends the reader looking for a book that is gone. */
const RETITLED: ReadonlyArray<{ old: RegExp; now: string }> = [
  { old: /\bAWS Glue Developer Guide\b/, now: 'AWS Glue User Guide' },
  { old: /\bKinesis (?:Data )?Firehose Developer Guide\b/, now: 'Amazon Data Firehose Developer Guide' },
  { old: /\bKinesis Data Analytics\b[^:]{0,40}\bGuide\b/, now: 'Managed Service for Apache Flink Developer Guide' },
  { old: /\bElasticsearch Service Developer Guide\b/, now: 'Amazon OpenSearch Service Developer Guide' },
];

const shown = (r: string): string => (r.length > 80 ? `${r.slice(0, 77)}…` : r);

export function refRules(card: Card): Finding[] {
  const out: Finding[] = [];
  // Located only for a finding: a list of refs written as a block means asking the exact parser.
  const at = (): Card['pos'] => card.at.get('refs') ?? card.pos;
  for (const r of card.refs ?? []) {
    if (!namesADocument(r)) {
      out.push({ rule: 'refs', at: at(), message: `ref "${shown(r)}" names no document a reader can open`, expected: 'the guide and the page title, or a URL', example: 'refs: ["Amazon Kinesis Data Streams Developer Guide: Resharding a stream"]' });
      continue;
    }
    const retitled = RETITLED.find((t) => t.old.test(r));
    if (retitled) out.push({ rule: 'refs', at: at(), message: `ref "${shown(r)}" cites a guide under its old title`, expected: `the current title: ${retitled.now}` });
  }
  return out;
}
