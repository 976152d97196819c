import { checkpoint, flagged, goTo, isTimeUp, remainingMs, unanswered, withAnswer, withFlag, type ExamState, type Sitting } from '../core/exam-state.js';
import type { ChoiceCard } from '../core/model.js';
import { neutralize } from '../core/sanitize.js';
import type { ProgressStore } from '../io/progress-store.js';
import { renderExamItem, renderReviewScreen } from '../ui/exam-render.js';
import { chooseHint } from '../ui/render-card.js';
import type { StudyDeps } from './study.js';

export type SessionEnd = { state: ExamState; reason: 'submitted' | 'time-up' } | { state: ExamState; reason: 'paused' };

type Action = 'answer' | 'next' | 'prev' | 'flag' | 'review' | 'submit';

/**
 * The exam's navigation loop: answer, move, flag, review, submit. The state is saved after every
 * change; when time runs out, the exam is submitted as it stands (an answer given after the
 * deadline does not count).
 */
export async function runExamSession(start: ExamState, cards: ReadonlyMap<string, ChoiceCard>, store: ProgressStore, deps: StudyDeps): Promise<SessionEnd> {
  const sitting: Sitting = { since: deps.now() };
  let state = start;
  const save = async (next: ExamState) => {
    state = next;
    await store.append({ type: 'exam', exam: checkpoint(next, sitting, deps.now()) });
  };
  const timeUp = () => isTimeUp(state, sitting, deps.now());
  for (;;) {
    if (timeUp()) return { state: checkpoint(state, sitting, deps.now()), reason: 'time-up' };
    const item = state.items[state.current]!;
    const card = cards.get(item.cardId)!;
    deps.prompter.show(`\n${renderExamItem(card, item, state.current, state.items.length, remainingMs(state, sitting, deps.now()), deps.io.theme, deps.width)}\n`);
    const action = await deps.prompter.menu<Action>('Action', actionsFor(state));
    if (action === 'quit') {
      await save(state);
      return { state: checkpoint(state, sitting, deps.now()), reason: 'paused' };
    }
    if (timeUp()) continue;
    if (action === 'answer') {
      const labels = item.order.map((i) => neutralize(card.options[i]!.text).replace(/\s+/g, ' '));
      const picked = card.select === 1 ? await deps.prompter.chooseOne(chooseHint(card), labels) : await deps.prompter.chooseMany(chooseHint(card), labels, card.select);
      if (picked === 'quit') continue;
      if (timeUp()) continue;
      const chosen = (Array.isArray(picked) ? picked : [picked]).map((shown) => item.order[shown]!);
      const answered = withAnswer(state, state.current, chosen);
      await save(state.current < state.items.length - 1 ? goTo(answered, state.current + 1) : answered);
    } else if (action === 'next' || action === 'prev') {
      await save(goTo(state, state.current + (action === 'next' ? 1 : -1)));
    } else if (action === 'flag') {
      await save(withFlag(state, state.current, !item.flagged));
    } else {
      const end = await reviewScreen(state, sitting, deps, action === 'submit');
      if (end === 'submit') return { state: checkpoint(state, sitting, deps.now()), reason: timeUp() ? 'time-up' : 'submitted' };
      if (typeof end === 'number') await save(goTo(state, end));
    }
  }
}

function actionsFor(state: ExamState): Array<{ value: Action; label: string }> {
  const item = state.items[state.current]!;
  const last = state.current === state.items.length - 1;
  return [
    { value: 'answer', label: item.chosen ? 'Change answer' : 'Answer' },
    ...(last ? [] : [{ value: 'next' as const, label: 'Next item' }]),
    ...(state.current > 0 ? [{ value: 'prev' as const, label: 'Previous item' }] : []),
    { value: 'flag', label: item.flagged ? 'Remove flag' : 'Flag for review' },
    { value: 'review', label: 'Review screen (unanswered, flagged, jump to an item)' },
    { value: 'submit', label: 'Submit the exam' },
  ];
}

/** Lists unanswered and flagged items; returns 'submit', an item index to jump to, or 'back'. */
async function reviewScreen(state: ExamState, sitting: Sitting, deps: StudyDeps, submitting: boolean): Promise<'submit' | number | 'back'> {
  deps.prompter.show(`\n${renderReviewScreen(state, remainingMs(state, sitting, deps.now()), deps.io.theme)}\n`);
  const open = unanswered(state);
  const marks = flagged(state);
  const jumps = [...new Set([...open, ...marks])].sort((a, b) => a - b).slice(0, 30);
  const choice = await deps.prompter.menu<string>(submitting ? 'Submit now?' : 'Review', [
    { value: 'submit', label: open.length > 0 ? `Submit now (${open.length} unanswered count as wrong)` : 'Submit now' },
    { value: 'back', label: 'Back to the exam' },
    ...jumps.map((i) => ({ value: String(i), label: `Go to item ${i + 1}${open.includes(i) ? ' (unanswered)' : ''}${marks.includes(i) ? ' (flagged)' : ''}` })),
  ]);
  if (choice === 'submit') return 'submit';
  if (choice === 'back' || choice === 'quit') return 'back';
  return Number(choice);
}
