import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import type { Pos } from './model.js';

/**
 * Exact positions from the `yaml` package's document model. Building it is ~10× slower than
 * js-yaml, so the fast path builds it only when a finding needs a field's position.
 */
export interface YamlDoc {
  doc: Document;
  lineCounter: LineCounter;
}

export function parseYamlDoc(source: string): YamlDoc {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  // Duplicate keys are found by yamlBoundsIssues, in linear time; the package's check is quadratic.
  return { doc, lineCounter };
}

export function linePos(lc: LineCounter, offset: number): Pos {
  const p = lc.linePos(offset);
  return { line: p.line, col: p.col };
}

/** The position of the node at `path`, or of its nearest existing ancestor. */
export function locateIn({ doc, lineCounter }: YamlDoc, path: readonly PropertyKey[]): Pos {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return linePos(lineCounter, node.range[0]);
  }
  return { line: 1, col: 1 };
}
