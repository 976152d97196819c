import { safeJson } from '../core/sanitize.js';
import { memoryStates } from '../core/drill.js';
import { DEFAULT_SCHEDULER, Scheduler } from '../core/scheduler.js';
import { progressPath } from '../io/paths.js';
import { ProgressStore } from '../io/progress-store.js';
import type { CommandIo } from './io.js';
import { examDeadline } from './study.js';

/**
 * `dea due`: how many reviews are due now, from the progress file alone (no decks are read, so
 * it is quick enough for a shell prompt; an item whose deck was removed still counts).
 */
export async function due(opts: { progress?: string; json?: boolean }, io: CommandIo, now: Date): Promise<number> {
  const progress = await new ProgressStore(progressPath(opts.progress)).load();
  const s = progress.settings;
  const deadline = s.examDate ? examDeadline(s.examDate, now) : undefined;
  const scheduler = new Scheduler({
    retention: s.retention ?? DEFAULT_SCHEDULER.retention, maxIntervalDays: s.maxIntervalDays ?? DEFAULT_SCHEDULER.maxIntervalDays, ...(deadline ? { deadline } : {}),
    ...(s.fsrsParameters ? { parameters: s.fsrsParameters } : {}),
  });
  let dueNow = 0;
  let learning = 0;
  for (const [item, state] of memoryStates(progress.reviews, scheduler)) {
    if (scheduler.dueDate(state, now, item) > now) continue;
    dueNow++;
    if (state.phase === 'learning' || state.phase === 'relearning') learning++;
  }
  if (opts.json) io.data(safeJson({ due: dueNow, learning }));
  else io.out(`${dueNow} due${learning ? ` (${learning} in learning)` : ''}`);
  return 0;
}
