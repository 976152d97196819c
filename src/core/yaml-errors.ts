import type { IssueDraft } from './issues.js';
import type { Pos } from './model.js';

/** A syntax error of the `yaml` parser: its code, message and where it points. */
export interface YamlSyntaxError {
  code: string;
  message: string;
  pos: Pos;
}

/**
 * The parser's syntax errors as issues that name the cause and the fix for the mistakes deck
 * authors make: a quote never closed (reported at the end of the file, where the parser gave
 * up, and here at the line that opens it) and a line indented under a value (two errors at one
 * place, reported once). Every other error keeps the parser's words; one issue per position.
 */
export function describeSyntaxErrors(errors: readonly YamlSyntaxError[], source: string, lineOffset: number): IssueDraft[] {
  const lines = source.split('\n');
  const seen = new Set<string>();
  const issues: IssueDraft[] = [];
  for (const e of errors) {
    const issue = explain(e, lines, lineOffset);
    const key = `${issue.line}:${issue.col}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

const shifted = (p: Pos, lineOffset: number): Pos => ({ line: p.line + lineOffset, col: p.col });

function explain(e: YamlSyntaxError, lines: readonly string[], lineOffset: number): IssueDraft {
  const at = shifted(e.pos, lineOffset);
  const base = { rule: 'parse', severity: 'error' as const, expected: 'valid YAML' };
  if (e.code === 'MISSING_CHAR' && /quote/.test(e.message)) {
    const open = unclosedQuote(lines, e.pos.line);
    if (open) {
      return { ...base, ...shifted(open, lineOffset), message: `the ${open.quote} that opens this value is never closed, so the rest of the file is read as part of it`, expected: `a closing ${open.quote} at the end of the value`, example: 'front: "Which shard iterator type starts at the oldest record?"' };
    }
  }
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY') {
    const next = indentedUnder(lines, e.pos.line);
    if (next) {
      return { ...base, line: next.line + lineOffset, col: 1, message: `"${next.text.trim().slice(0, 40)}" is indented more than the line above, so YAML reads it as part of that value`, expected: 'the fields of one card starting in the same column' };
    }
  }
  if (e.code === 'UNEXPECTED_TOKEN' && /^\s*(?:- )?[\w-]+: ["'][^"']*["']\s*\S/.test(lines[e.pos.line - 1] ?? '')) {
    return { ...base, ...at, message: 'text after the closing quote: a quoted value ends at its quote', expected: 'the whole value inside the quotes', example: `front: '"a" extra'` };
  }
  return { ...base, ...at, message: e.message.split('\n')[0] ?? e.message };
}

/** The first line up to `before` whose value opens a quote that the line does not close. */
function unclosedQuote(lines: readonly string[], before: number): (Pos & { quote: string }) | undefined {
  for (let n = 0; n < Math.min(before, lines.length); n++) {
    const text = lines[n]!;
    const colon = text.indexOf(': ');
    const start = colon < 0 ? -1 : colon + 2 + (text.slice(colon + 2).length - text.slice(colon + 2).trimStart().length);
    const quote = start < 0 ? undefined : text[start];
    if (quote !== '"' && quote !== "'") continue;
    if (!closes(text.slice(start + 1), quote)) return { line: n + 1, col: start + 1, quote };
  }
  return undefined;
}

/** Whether a quoted value closes on its line: `\"` does not close a double quote, `''` not a single one. */
function closes(rest: string, quote: string): boolean {
  for (let i = 0; i < rest.length; i++) {
    if (quote === '"' && rest[i] === '\\') i++;
    else if (rest[i] === quote) {
      if (quote === "'" && rest[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}

/** The line after `line` (1-based) when it is a `key: value` indented deeper than `line`. */
function indentedUnder(lines: readonly string[], line: number): { line: number; text: string } | undefined {
  const above = lines[line - 1];
  const next = lines[line];
  if (above === undefined || next === undefined) return undefined;
  const indent = (s: string) => s.length - s.trimStart().length;
  const aboveIndent = indent(above.replace(/^(\s*)- /, '$1  '));
  return indent(next) > aboveIndent && /^\s*[\w-]+:(\s|$)/.test(next) ? { line: line + 1, text: next } : undefined;
}
