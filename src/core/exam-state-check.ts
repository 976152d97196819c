import * as z from 'zod';
import type { ExamState } from './exam-state.js';
import type { ChoiceCard } from './model.js';

const index = z.number().int().nonnegative();
const itemSchema = z.looseObject({
  cardId: z.string().min(1),
  order: z.array(index).min(2),
  chosen: z.array(index).optional(),
  flagged: z.boolean(),
  select: z.number().int().positive().optional(),
  struck: z.array(index).optional(),
  ms: z.number().nonnegative().optional(),
  firstChosen: z.array(index).optional(),
});
const examSchema = z.looseObject({
  id: z.string().min(1),
  startedAt: z.string(),
  durationMs: z.number().positive(),
  usedMs: z.number().nonnegative(),
  current: index,
  items: z.array(itemSchema).min(1),
  planned: z.record(z.string(), z.number().int().nonnegative()).optional(),
});

/**
 * A saved exam as it comes back from the progress file, which a person or a bad disk may have
 * changed: the shape, and that every index points into the form and its cards' options. Returns
 * what is wrong, in words, or the state.
 */
export function checkSavedExam(data: unknown, cards: ReadonlyMap<string, ChoiceCard>): { ok: true; state: ExamState } | { ok: false; problem: string } {
  const parsed = examSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: `${issue.path.join('.') || 'exam'}: ${issue.message}` };
  }
  const state = parsed.data as unknown as ExamState;
  if (state.current >= state.items.length) return { ok: false, problem: `current item ${state.current + 1} is past the last of ${state.items.length}` };
  for (const [i, it] of state.items.entries()) {
    const card = cards.get(it.cardId);
    if (!card) continue; // reported by the caller: the decks are not the ones the exam was drawn from
    const n = card.options.length;
    const valid = (xs: readonly number[] | undefined) => !xs || xs.every((x) => x < n);
    const shuffled = [...it.order].sort((a, b) => a - b).every((x, k) => x === k);
    if (it.order.length !== n || !shuffled || !valid(it.chosen) || !valid(it.struck) || !valid(it.firstChosen)) {
      return { ok: false, problem: `item ${i + 1} (${it.cardId}) names options its card does not have` };
    }
  }
  return { ok: true, state };
}
