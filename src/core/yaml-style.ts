import { Document, isMap, isScalar, isSeq, Scalar, visit } from 'yaml';

/** How dea writes YAML: the width and flow padding of the shipped decks (`answer: [A, D]`). */
export const YAML_WRITE = { lineWidth: 96, minContentWidth: 40, flowCollectionPadding: false } as const;

/** Text longer than this is written as a folded block (`>-`), as the shipped decks do. */
const FOLD_OVER = 72;

/**
 * `value` as a YAML document in the style of the shipped decks: block mappings throughout (never
 * a flow `{ text: a, b }`, where a comma would end the value), long text folded, multi-line text
 * literal, and short lists of letters or tags in flow style. The `yaml` package quotes whatever
 * needs it, so any text round-trips.
 */
export function styledDocument(value: unknown): Document {
  const doc = new Document(value);
  visit(doc, {
    Pair(_key, pair) {
      const name = isScalar(pair.key) ? pair.key.value : undefined;
      // Ids of the exam guide are quoted, as the docs ask (an unquoted 1.10 would be 1.1).
      if ((name === 'task' || name === 'skill') && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
      // A ref stays on one line, however long: it is a title to search for.
      if ((name === 'refs' || name === 'sources') && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isScalar(item)) item.type = Scalar.QUOTE_DOUBLE;
      }
    },
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || node.type) return;
      // Paragraphs fold (a blank line keeps each break); lists and code keep their lines.
      if (node.value.includes('\n')) node.type = onlyParagraphBreaks(node.value) ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
      else if (node.value.length > FOLD_OVER) node.type = Scalar.BLOCK_FOLDED;
    },
    Seq(_key, node) {
      if (node.items.some((i) => isScalar(i) && i.type === Scalar.QUOTE_DOUBLE)) return;
      node.flow = node.items.length > 0 && node.items.every((i) => isScalar(i) && typeof i.value === 'string' && i.value.length <= 40 && !i.value.includes(','));
    },
    Map(_key, node) {
      node.flow = false;
    },
  });
  return doc;
}

/** Text whose line breaks all come in pairs between paragraphs that start with no space. */
const onlyParagraphBreaks = (text: string): boolean =>
  text.split('\n\n').every((p) => p !== '' && !p.includes('\n') && p.trim() === p);

/** The map node of `doc` at `path` (a card, the deck), to hang comments on. */
export function mapAt(doc: Document, path: ReadonlyArray<string | number>) {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return isMap(node) ? node : undefined;
}

/** Puts `comment` (lines without "#") above the entry `key` of the map at `path`. */
export function commentKey(doc: Document, path: ReadonlyArray<string | number>, key: string, comment: string): void {
  const pair = mapAt(doc, path)?.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pair && isScalar(pair.key)) pair.key.commentBefore = toComment(comment);
}

/** Puts `comment` above item `index` of the sequence at `path`. */
export function commentItem(doc: Document, path: ReadonlyArray<string | number>, index: number, comment: string): void {
  const seq = doc.getIn(path, true);
  const item = isSeq(seq) ? seq.items[index] : undefined;
  if (item && (isMap(item) || isScalar(item))) item.commentBefore = toComment(comment);
}

/** yaml writes "#" + each line of a comment; a leading space keeps "# text" readable. */
export const toComment = (text: string): string => text.split('\n').map((l) => (l === '' ? '' : ` ${l}`)).join('\n');
