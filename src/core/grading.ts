import type { Rating } from './review-log.js';

/** How sure the candidate was of an exam-item answer, asked right after choosing. */
export type Confidence = 'sure' | 'unsure' | 'guess';

/**
 * A graded answer as an FSRS rating. A lucky guess is not knowledge, so it is rated Again like
 * a miss; a right answer given unsure is Hard. Only a sure right answer is Good.
 */
export function ratingFor(correct: boolean, confidence: Confidence): Rating {
  if (!correct) return 'again';
  return confidence === 'sure' ? 'good' : confidence === 'unsure' ? 'hard' : 'again';
}

/** A wrong answer given as sure: a misconception, shown again in the same session. */
export const isMisconception = (correct: boolean, confidence: Confidence): boolean => !correct && confidence === 'sure';
