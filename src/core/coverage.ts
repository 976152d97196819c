import { isExamItem, type Card } from './model.js';
import { DOMAINS, SKILL_IDS, TASK_IDS } from './outline.js';

export interface Count {
  exam: number;
  flashcards: number;
}

export interface Coverage {
  domains: Record<string, Count>;
  tasks: Record<string, Count>;
  skills: Record<string, Count>;
}

const zeros = (ids: readonly string[]): Record<string, Count> =>
  Object.fromEntries(ids.map((id) => [id, { exam: 0, flashcards: 0 }]));

/** Exam items and flashcards per domain, task and skill of the v1.1 outline, zeros included. */
export function coverage(cards: readonly Card[]): Coverage {
  const result: Coverage = {
    domains: zeros(DOMAINS.map((d) => String(d.id))),
    tasks: zeros(TASK_IDS),
    skills: zeros(SKILL_IDS),
  };
  for (const card of cards) {
    const key: keyof Count = isExamItem(card) ? 'exam' : 'flashcards';
    for (const [table, id] of [[result.domains, String(card.domain)], [result.tasks, card.task], [result.skills, card.skill]] as const) {
      const count = id === undefined ? undefined : table[id];
      if (count) count[key]++;
    }
  }
  return result;
}

/** Skills with no exam item or no flashcard, in outline order. */
export const skillGaps = (cov: Coverage): { nothing: string[]; noExam: string[]; noFlashcards: string[] } => ({
  nothing: SKILL_IDS.filter((s) => cov.skills[s]!.exam + cov.skills[s]!.flashcards === 0),
  noExam: SKILL_IDS.filter((s) => cov.skills[s]!.exam === 0 && cov.skills[s]!.flashcards > 0),
  noFlashcards: SKILL_IDS.filter((s) => cov.skills[s]!.flashcards === 0 && cov.skills[s]!.exam > 0),
});
