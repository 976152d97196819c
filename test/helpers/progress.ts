import { existsSync, readFileSync } from 'node:fs';
import { detailedCheck } from '../../src/core/progress-schema.js';
import { applyJournal, emptyProgress, parseJournalLine, parseProgress, type JournalEntry } from '../../src/core/progress.js';

/**
 * The progress as dea sees it, journal included: a session folds the journal into the file only
 * when it is large, so a test reads both (synchronously, for use inside expectations).
 */
// Typed loosely, as JSON.parse is: tests reach into saved exams whose shape core keeps open.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readProgress(file: string): any {
  const parsed = existsSync(file) ? parseProgress(readFileSync(file, 'utf8'), detailedCheck) : { ok: true as const, progress: emptyProgress() };
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problem}`);
  const journal = existsSync(`${file}.journal`) ? readFileSync(`${file}.journal`, 'utf8').split('\n').filter((l) => l.trim() !== '') : [];
  return applyJournal(parsed.progress, journal.map((l) => parseJournalLine(l, detailedCheck) as JournalEntry));
}
