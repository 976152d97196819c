import {
  checkpoint, choose, flagged, goTo, remainingMs, unanswered, withFlag, withSelectFrom, withStrike, withTimeOnItem,
  type ExamState, type Sitting,
} from '../core/exam-state.js';
import type { ChoiceCard } from '../core/model.js';
import type { JournalEntry } from '../core/progress.js';
import { renderExamItem, renderReviewGrid } from '../ui/exam-render.js';
import type { InPlaceCommand, Quit } from '../ui/prompter.js';
import type { StudyDeps } from './study.js';

export type SessionEnd = { state: ExamState; reason: 'submitted' | 'time-up' | 'paused' };

/**
 * The exam room: one screen per item, one key per action. The state is saved after every key;
 * when time runs out the exam is submitted as it stands (a key pressed after the deadline does
 * not count).
 */
export async function runExamSession(start: ExamState, cards: ReadonlyMap<string, ChoiceCard>, record: (entry: JournalEntry) => Promise<string | undefined>, deps: StudyDeps): Promise<SessionEnd> {
  const sitting: Sitting = { since: deps.now() };
  let state = withSelectFrom(start, cards);
  // Returns a warning when the state could not be written (it is kept and written with the next key).
  const save = async (next: ExamState): Promise<string | undefined> => {
    state = next;
    return record({ type: 'exam', exam: checkpoint(next, sitting, deps.now()) });
  };
  const leftMs = () => remainingMs(state, sitting, deps.now());
  const end = (reason: SessionEnd['reason']): SessionEnd => ({ state: checkpoint(state, sitting, deps.now()), reason });
  const { theme: t } = deps.io;
  const cardNow = () => cards.get(state.items[state.current]!.cardId)!;
  for (;;) {
    if (leftMs() <= 0) return end('time-up');
    // Time on screen is charged to the item shown, at every key and when the screen is left.
    let shownAt = deps.now().getTime();
    const chargeTime = () => {
      const now = deps.now().getTime();
      state = withTimeOnItem(state, state.current, now - shownAt);
      shownAt = now;
    };
    const exit = await deps.prompter.examItem({
      render: (moment) => renderExamItem(cardNow(), state, moment, t, deps.width),
      leftMs, durationMs: state.durationMs, optionCount: () => cardNow().options.length,
      apply: async (cmd) => {
        if (leftMs() <= 0) return undefined; // after the deadline a key counts for nothing
        chargeTime();
        const applied = applyItemCommand(state, cmd);
        return (await save(applied.state)) ?? applied.note;
      },
    });
    chargeTime();
    if (exit === 'quit') {
      await save(state);
      return end('paused');
    }
    if (exit.kind === 'time-up' || leftMs() <= 0) return end('time-up');
    const outcome = exit.kind === 'review' ? await reviewGrid(state, leftMs, deps) : submitOrBack(await confirmSubmit(state, leftMs, deps));
    if (outcome === 'quit') {
      await save(state);
      return end('paused');
    }
    if (outcome === 'submit') return end(leftMs() <= 0 ? 'time-up' : 'submitted');
    if (outcome === 'time-up' || leftMs() <= 0) return end('time-up');
    await save(typeof outcome === 'number' ? goTo(state, outcome) : state);
  }
}

/** The item screen's keys that change the state in place (no other screen involved). */
function applyItemCommand(state: ExamState, cmd: InPlaceCommand): { state: ExamState; note?: string } {
  const index = state.current;
  const item = state.items[index]!;
  switch (cmd.kind) {
    case 'choose': return choose(state, index, item.order[cmd.shown]!);
    case 'strike': return { state: withStrike(state, index, item.order[cmd.shown]!) };
    case 'flag': return { state: withFlag(state, index, !item.flagged) };
    case 'next':
      return index < state.items.length - 1 ? { state: goTo(state, index + 1) } : { state, note: 'This is the last item: r opens the review grid, s submits.' };
    default:
      return index > 0 ? { state: goTo(state, index - 1) } : { state, note: 'This is the first item.' };
  }
}

type GridOutcome = number | 'back' | 'submit' | 'time-up' | 'quit';

/** The review grid until the candidate picks an item, goes back, or confirms the submit. */
async function reviewGrid(state: ExamState, leftMs: () => number, deps: StudyDeps): Promise<GridOutcome> {
  for (;;) {
    const cmd = await deps.prompter.examReview({ state, leftMs, width: deps.width, render: (view) => renderReviewGrid(state, view, deps.io.theme, deps.width) });
    if (cmd === 'quit') return 'quit';
    if (cmd.kind === 'go') return cmd.index;
    if (cmd.kind !== 'submit') return cmd.kind;
    const answer = submitOrBack(await confirmSubmit(state, leftMs, deps));
    if (answer !== 'back') return answer;
    if (leftMs() <= 0) return 'time-up';
  }
}

const submitOrBack = (answer: boolean | Quit): 'submit' | 'back' | 'quit' => (answer === 'quit' ? 'quit' : answer ? 'submit' : 'back');

/** Submitting always asks once more, with what is still open; No is the default. */
async function confirmSubmit(state: ExamState, leftMs: () => number, deps: StudyDeps): Promise<boolean | Quit> {
  const open = unanswered(state).length;
  const flags = flagged(state).length;
  const parts = [
    open > 0 ? `${open} of ${state.items.length} item${open === 1 ? ' is' : 's are'} not answered and count as wrong` : 'every item is answered',
    flags > 0 ? `${flags} flagged` : '',
  ].filter(Boolean);
  return deps.prompter.confirm(`Submit the exam now? ${parts.join('; ')}.`, { timeoutMs: leftMs() });
}
