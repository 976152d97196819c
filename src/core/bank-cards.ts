import { createHash } from 'node:crypto';
import { NUMBER_WORDS } from './model.js';

/** Card data as it goes into the YAML deck, fields in the order a reader expects them. */
export type ImportedCard =
  | { id: string; type: 'basic'; front: string; back: string }
  | { id: string; type: 'cloze'; text: string }
  | { id: string; type: 'mcq'; stem: string; options: ImportedOption[]; answer: string; explanation?: string }
  | { id: string; type: 'multi'; stem: string; select: number; options: ImportedOption[]; answer: string[]; explanation?: string };

export interface ImportedOption {
  text: string;
  why?: string;
}

/** Card ids are at most 120 characters (deck-schema.ts); a deck id this long leaves room for the rest. */
export const MAX_DECK_ID = 60;
const SLUG_WORDS = 5;
const SLUG_CHARS = 40;

/** Lower-case ASCII words joined by "-": "Amazon S3 Glacier — Deep Archive" → "amazon-s3-glacier-deep-archive". */
export function slugOf(text: string, maxChars = SLUG_CHARS, maxWords = Infinity): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean).slice(0, maxWords);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxChars) return slug || word.slice(0, maxChars);
    slug = next;
  }
  return slug;
}

/**
 * Case, spacing, Unicode forms and trailing punctuation do not make two questions different, so
 * they do not change an id either. Fixed here (not shared with lint) because ids must stay the
 * same from one version of dea to the next.
 */
export function normalizeQuestion(text: string): string {
  const spaced = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  let end = spaced.length;
  while (end > 0 && ' .?!:;,'.includes(spaced[end - 1]!)) end--;
  return spaced.slice(0, end);
}

/** What the id is made from: the type family (as lint's duplicate check groups them) and the question. */
function questionOf(card: ImportedCard): string {
  switch (card.type) {
    case 'basic': return `basic\n${card.front}`;
    case 'cloze': return `cloze\n${card.text}`;
    default: return `item\n${card.stem}`;
  }
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Gives out card ids `<deck>/<slug>-<hash>`: the slug from the first words, the hash from the
 * normalised question, so the same file always gets the same ids. A different card whose id is
 * taken (same question, other answer; or a hash collision) gets a longer hash of its whole
 * content instead; the same card twice is reported by the caller, never given a second id.
 */
export class IdAllocator {
  private readonly taken = new Map<string, string>();

  constructor(private readonly deckId: string) {}

  /** The id for `card` (its `id` field is ignored), or the id of the identical card seen before. */
  assign(card: ImportedCard): { id: string; duplicateOf?: string } {
    const content = JSON.stringify({ ...card, id: '' });
    const [family, question] = questionOf(card).split('\n', 2) as [string, string];
    const plain = question.split('{{').join(' ').split('}}').join(' ').replace(/\bc\d+::/g, ' ');
    const base = `${this.deckId}/${slugOf(plain, SLUG_CHARS, SLUG_WORDS) || 'card'}-`;
    const first = `${base}${sha256(`${family}\n${normalizeQuestion(question)}`).slice(0, 6)}`;
    const longer = sha256(`${family}\n${normalizeQuestion(question)}\n${content}`);
    // At most 16 hex digits: a 60-character deck id and a 40-character slug stay within the 120 of an id.
    for (const id of [first, ...[6, 8, 12, 16].map((n) => `${base}${longer.slice(0, n)}`)]) {
      const owner = this.taken.get(id);
      if (owner === content) return { id, duplicateOf: id };
      if (owner === undefined) {
        this.taken.set(id, content);
        return { id };
      }
    }
    throw new Error(`no free id for a card of ${this.deckId}`); // 64 bits of SHA-256 do not collide.
  }
}

const CHOOSE = /\b(?:choose|select|pick)[ \t]+(two|three|four|five|six|\d{1,2})\b/i;

/** The stem of a multiple-response item, saying how many to choose (appended when it does not). */
export function withChooseCount(stem: string, select: number): { stem: string; added: boolean } {
  if (CHOOSE.test(stem)) return { stem, added: false };
  const word = NUMBER_WORDS[select] ?? String(select);
  return { stem: `${stem} (Choose ${word}.)`, added: true };
}

/**
 * A hashcards cloze ("The [order] of a group is [its size].") in dea's syntax, one number per
 * bracket as hashcards makes one card per bracket: "The {{c1::order}} … {{c2::its size}}."
 * As in hashcards, `\[` and `\]` are literal brackets and the brackets of an image `![…]` are
 * not deletions. Unmatched brackets stay as text, so nothing is lost.
 */
export function hashcardsCloze(text: string): { text: string; deletions: number } {
  // Pieces, not one growing string: closing a deletion joins only the pieces since its "[".
  const out: string[] = [];
  let open: number | undefined;
  let image = false;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && (text[i + 1] === '[' || text[i + 1] === ']')) {
      out.push(text[++i]!);
    } else if (ch === '!' && text[i + 1] === '[') {
      image = true;
      out.push('![');
      i++;
    } else if (ch === '[' && !image) {
      // A second "[" before the first closes: the first one was text.
      open = out.length;
      out.push('[');
    } else if (ch === ']' && image) {
      image = false;
      out.push(']');
    } else if (ch === ']' && open !== undefined) {
      const answer = out.slice(open + 1).join('');
      // "[]" deletes nothing: it stays as text.
      if (answer.trim() === '') out.push(']');
      else out.splice(open, out.length - open, `{{c${++n}::${answer.split('::').join('\\::')}}}`);
      open = undefined;
    } else {
      out.push(ch);
    }
  }
  return { text: out.join(''), deletions: n };
}
