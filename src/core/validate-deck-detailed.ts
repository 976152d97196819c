import * as z from 'zod';
import { cardSchema, deckMetaShape, type RawCard, type RawDeckMeta } from './deck-schema.js';
import type { IssueDraft } from './issues.js';
import type { Card, Deck } from './model.js';
import { normalizeCard } from './normalize.js';
import { isRecord } from './plain-check.js';
import { schemaIssues, type Locate } from './schema-issues.js';
import { deckOf, numberOrKey, type ParseResult } from './validate-deck.js';

/** The deck fields, and that `cards` is a non-empty list; the cards are checked one by one. */
const deckShellSchema = z.strictObject({ ...deckMetaShape, cards: z.array(z.unknown()).min(1) });

/**
 * The zod path, for a deck the plain check (plain-check.ts) refused: it loads only then, since
 * zod is ~200 KB to load and its parsing the larger part of a clean lint's validation time.
 * Plain deck data (from YAML or Markdown) → the deck, checked in one pass: each card is validated
 * on its own, so one broken card neither hides the others nor stops the rules that can still run
 * on it (its broken fields are left out and the rules that read them are skipped, see `gaps`).
 * A card with a schema error carries its id in the issue, so it is never studied.
 */
export function validateDeckDetailed(data: unknown, file: string, locate: Locate, format: Deck['format'] = 'yaml'): ParseResult {
  const shell = deckShellSchema.safeParse(data);
  if (shell.success) return withCards(shell.data, shell.data.cards, { file, format, locate, metaGaps: [] }, []);
  const issues = schemaIssues(shell.error, locate);
  const record = isRecord(data) ? data : {};
  const cards = Array.isArray(record.cards) ? record.cards : [];
  // Card-level issues of the shell (none: cards are `unknown` there) aside, the deck fields that
  // failed are dropped and the cards are still read, for lint only.
  const metaGaps = failedFields(shell.error.issues).filter((f) => f !== 'cards');
  const meta = salvageMeta(record, metaGaps, file);
  const result = withCards(meta, cards, { file, format, locate, metaGaps }, issues);
  return { ...result, lintOnly: true };
}

interface Where {
  file: string;
  format: Deck['format'];
  locate: Locate;
  metaGaps: string[];
}

function withCards(meta: RawDeckMeta, rawCards: readonly unknown[], where: Where, issues: IssueDraft[]): ParseResult {
  const cards: Card[] = [];
  rawCards.forEach((raw, i) => {
    const fieldAt = (field: string) => where.locate(['cards', i, ...field.split('.').map(numberOrKey)]);
    const parsed = cardSchema.safeParse(raw);
    if (parsed.success) {
      const card = normalizeCard(parsed.data, meta, where.file, where.locate(['cards', i]), fieldAt);
      cards.push(inheritedGaps(card, parsed.data, where.metaGaps));
      return;
    }
    const own = schemaIssues(parsed.error, where.locate, ['cards', i]);
    const salvaged = salvageCard(raw, failedFields(parsed.error.issues), i);
    if (salvaged) {
      const card = normalizeCard(salvaged.raw, meta, where.file, where.locate(['cards', i]), fieldAt);
      const withGaps = inheritedGaps(Object.assign(card, { gaps: salvaged.gaps }), salvaged.raw, where.metaGaps);
      cards.push(withGaps);
      issues.push(...own.map((issue) => ({ ...issue, cardId: card.id })));
    } else {
      issues.push(...own);
    }
  });
  return { deck: deckOf(meta, cards, where.file, where.format), issues };
}

/** Top-level fields named by zod issues: a wrong, missing or unknown field of the object. */
function failedFields(issues: readonly z.core.$ZodIssue[]): string[] {
  const fields = new Set<string>();
  for (const issue of issues) {
    const top = issue.path[0];
    if (typeof top === 'string') fields.add(top);
    else if (issue.path.length === 0 && issue.code === 'unrecognized_keys') issue.keys.forEach((k) => fields.add(`?${k}`));
    else if (issue.path.length === 0) fields.add('type');
  }
  return [...fields];
}

const REQUIRED_TEXT: Record<string, string[]> = { basic: ['front', 'back'], cloze: ['text'], mcq: ['stem'], multi: ['stem'] };

/**
 * A card that failed the schema, with its broken fields taken out and placeholders where one is
 * required; `gaps` names what was taken out, so the rules that read it do not run.
 * An unknown type or a missing id leaves nothing to check.
 */
function salvageCard(raw: unknown, failed: string[], index: number): { raw: RawCard; gaps: string[] } | undefined {
  if (!isRecord(raw) || failed.includes('type') || !(String(raw.type) in REQUIRED_TEXT)) return undefined;
  const card: Record<string, unknown> = { ...raw };
  const gaps = failed.filter((f) => !f.startsWith('?'));
  for (const field of failed) delete card[field.replace(/^\?/, '')];
  if (gaps.includes('id')) card.id = `#${index + 1}`;
  for (const field of REQUIRED_TEXT[String(raw.type)]!) card[field] ??= '';
  if (card.type === 'mcq' || card.type === 'multi') {
    if (gaps.includes('options')) card.options = salvageOptions(raw.options);
    card.answer ??= [];
    if (card.type === 'multi') card.select ??= (card.answer as unknown[]).length;
  }
  return { raw: card as RawCard, gaps };
}

/** Options kept in place (letters must still point at the same option), broken parts emptied. */
function salvageOptions(options: unknown): Array<{ text: string; why?: string }> {
  if (!Array.isArray(options)) return [];
  return options.map((o) => {
    const text = isRecord(o) && typeof o.text === 'string' ? o.text : '';
    return isRecord(o) && typeof o.why === 'string' ? { text, why: o.why } : { text };
  });
}

function salvageMeta(record: Record<string, unknown>, gaps: string[], file: string): RawDeckMeta {
  const meta: Record<string, unknown> = {};
  for (const key of Object.keys(deckMetaShape)) if (!gaps.includes(key) && key in record) meta[key] = record[key];
  meta.id ??= `(${file})`;
  meta.title ??= String(meta.id);
  return meta as RawDeckMeta;
}

/** A card that inherits a deck field that failed inherits the gap too. */
function inheritedGaps(card: Card, raw: Partial<RawCard>, metaGaps: readonly string[]): Card {
  const inherited = metaGaps.filter((f) => (f === 'domain' || f === 'task' || f === 'tags') && raw[f] === undefined);
  if (inherited.length === 0) return card;
  return Object.assign(card, { gaps: [...(card.gaps ?? []), ...inherited] });
}
