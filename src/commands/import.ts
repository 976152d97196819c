import { basename, extname } from 'node:path';
import { MAX_DECK_ID, slugOf } from '../core/bank-cards.js';
import { checkDeckId, deckDefaults } from '../core/deck-defaults.js';
import { DeaError } from '../core/errors.js';
import { importBank, type BankImport } from '../core/import-bank.js';
import { importedDeckYaml } from '../core/import-yaml.js';
import { sortIssues, type Issue } from '../core/issues.js';
import { clashesWith, lintDecks } from '../core/lint/lint.js';
import { parseDeckText } from '../io/parse-deck-text.js';
import { neutralizeLine } from '../core/sanitize.js';
import { loadDecksCached } from '../io/deck-cache.js';
import { builtinDecksDir } from '../io/paths.js';
import { MAX_DECK_BYTES } from '../io/read-deck-file.js';
import { readTextInput, writeNewFile } from '../io/user-files.js';
import { counted } from '../ui/format.js';
import { importReport } from '../ui/import-report.js';
import type { CommandIo } from './io.js';

export interface ImportCommandOptions {
  /** Where to write the deck; stdout when absent or "-". */
  output?: string;
  id?: string;
  title?: string;
  domain?: number;
  task?: string;
  force?: boolean;
}

/** `dea import <bank.md>`: a Markdown question bank as a YAML deck, and what is left to add. */
export async function importCommand(file: string, opts: ImportCommandOptions, io: CommandIo): Promise<number> {
  const defaults = deckDefaults(opts.domain, opts.task);
  const stem = basename(file, extname(file));
  const deckId = opts.id !== undefined ? checkDeckId(opts.id) : slugOf(stem, MAX_DECK_ID) || 'imported';
  const text = await readTextInput(file);
  const result = importBank(text, { deckId, fallbackTitle: stem || deckId, ...(opts.title ? { title: opts.title } : {}), ...defaults });
  if (result.deck.cards.length === 0) throw nothingToImport(file, result);
  const yaml = importedDeckYaml(result.deck, basename(file));
  const bytes = Buffer.byteLength(yaml);
  if (bytes > MAX_DECK_BYTES) {
    // dea would refuse to load the deck it wrote: say so now, not at the first drill.
    throw new DeaError('FILE_UNREADABLE', `the deck made from ${neutralizeLine(file)} would be ${Math.ceil(bytes / 1024)} KiB, over the ${MAX_DECK_BYTES / 1024} KiB limit for a deck`, 'split the bank into smaller files and import each one');
  }
  const output = opts.output && opts.output !== '-' ? opts.output : undefined;
  const issues = await lintResult(yaml, output ?? 'stdin.yaml');
  if (output) await writeNewFile(output, yaml, opts.force);
  else io.data(yaml.trimEnd());
  io.err(importReport({ source: file, ...(output ? { output } : {}), deck: result.deck, skipped: result.skipped, chooseAdded: result.chooseAdded, issues }));
  return 0;
}

/**
 * The findings `dea lint` will report on the deck, shipped decks included. The deck was written
 * to parse cleanly, so a parse or schema issue here is dea's bug, not the user's.
 */
async function lintResult(yaml: string, file: string): Promise<Issue[]> {
  const parsed = await parseDeckText(yaml, file, 'yaml');
  if (!parsed.deck || parsed.issues.length > 0) {
    throw new Error(`dea import wrote a deck that does not parse: ${parsed.issues.map((i) => `${i.line}:${i.col} ${i.message}`).join('; ')}`);
  }
  const shipped = await loadDecksCached([builtinDecksDir()]);
  return sortIssues([...lintDecks([parsed.deck]), ...clashesWith(shipped.decks, [parsed.deck])]);
}

function nothingToImport(file: string, result: BankImport): DeaError {
  const first = result.skipped[0];
  const seen = first ? ` (${counted(result.skipped.length, 'line')} not understood, the first at line ${first.line}: ${first.reason})` : ' (it is empty)';
  return new DeaError('NO_CARDS', `nothing to import in ${neutralizeLine(file)}${seen}`,
    'dea reads questions followed by "- [x]"/"- [ ]" options, lettered options with an "Answer:" line, and Q:/A: and C: cards; see "Importing a question bank" in docs/deck-format.md');
}
