import { safeJson } from '../core/sanitize.js';
import { progressPath } from '../io/paths.js';
import { ProgressStore } from '../io/progress-store.js';
import { openStudyState } from '../io/state-cache.js';
import type { CommandIo } from './io.js';
import { schedulerForSettings } from './study.js';

/**
 * `dea due`: how many reviews are due now, from the progress file alone (no decks are read, so
 * it is quick enough for a shell prompt; an item whose deck was removed still counts).
 */
export async function due(opts: { progress?: string; json?: boolean }, io: CommandIo, now: Date): Promise<number> {
  // Through the state cache, as a study session starts: a shell prompt pays for new answers only.
  const { state: study, scheduler } = await openStudyState(new ProgressStore(progressPath(opts.progress)), (s) => schedulerForSettings(s, now));
  let dueNow = 0;
  let learning = 0;
  for (const [item, { state }] of study.items) {
    if (scheduler.dueDate(state, now, item) > now) continue;
    dueNow++;
    if (state.phase === 'learning' || state.phase === 'relearning') learning++;
  }
  if (opts.json) io.data(safeJson({ due: dueNow, learning }));
  else io.out(`${dueNow} due${learning ? ` (${learning} in learning)` : ''}`);
  return 0;
}
