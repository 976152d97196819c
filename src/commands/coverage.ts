import { safeJson } from '../core/sanitize.js';
import { coverage as computeCoverage, skillGaps, type Count } from '../core/coverage.js';
import { DOMAINS } from '../core/outline.js';
import type { DeckSourceOptions } from '../io/deck-sources.js';
import { studyableCards } from '../io/deck-sources.js';
import type { CommandIo } from './io.js';
import { loadForStudy } from './load.js';

/** `dea coverage`: the loaded decks against the v1.1 exam outline. */
export async function coverage(opts: DeckSourceOptions & { json: boolean }, io: CommandIo): Promise<number> {
  const cov = computeCoverage(studyableCards(await loadForStudy(opts, io)));
  if (opts.json) {
    io.data(safeJson(cov, 2));
    return 0;
  }
  const t = io.theme;
  const cell = (c: Count) => `${String(c.exam).padStart(5)} ${String(c.flashcards).padStart(10)}`;
  io.out(t.bold(`${'DEA-C01 v1.1 outline'.padEnd(58)} ${'exam'.padStart(5)} ${'flashcards'.padStart(10)}`));
  for (const d of DOMAINS) {
    io.out(t.bold(`${`Domain ${d.id}  ${d.title} (${d.weight}%)`.padEnd(58)} ${cell(cov.domains[d.id]!)}`));
    for (const task of d.tasks) io.out(`  ${`${task.id}  ${task.title}`.padEnd(56)} ${cell(cov.tasks[task.id]!)}`);
  }
  const gaps = skillGaps(cov);
  io.out('');
  const list = (label: string, ids: string[]) =>
    io.out(ids.length === 0 ? t.green(`${label}: none`) : `${t.yellow(`${label} (${ids.length}):`)} ${ids.join(', ')}`);
  list('Skills with nothing', gaps.nothing);
  list('Skills with flashcards but no exam item', gaps.noExam);
  list('Skills with exam items but no flashcard', gaps.noFlashcards);
  return 0;
}
