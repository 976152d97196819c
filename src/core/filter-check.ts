import { matchesFilter, type CardFilter } from './items.js';
import type { Card } from './model.js';
import { DOMAINS, isSkill, isTask, parentOf } from './outline.js';

/** A filter problem in words: what is wrong and what to do. */
export interface FilterProblem {
  message: string;
  hint: string;
}

const TASK_RANGES = DOMAINS.map((d) => `${d.tasks[0]!.id}–${d.tasks.at(-1)!.id}`).join(', ');

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The loaded ids closest to a mistyped one (prefix matches first), at most `n`. */
export function nearest(wanted: string, ids: readonly string[], n = 3): string[] {
  const scored = [...ids]
    .map((id) => ({ id, d: id.includes(wanted) || wanted.includes(id) ? 0 : editDistance(wanted, id) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
  // Only the closest few: with long shared prefixes (deck/…) many ids are within the bound.
  const best = scored[0]?.d ?? 0;
  return scored.filter((x) => x.d <= best + 1).slice(0, n).map((x) => x.id);
}

/** Ids that cannot match anything: a task or skill outside the exam guide, a deck not loaded. */
export function unknownFilterIds(f: CardFilter, deckIds: readonly string[]): FilterProblem | undefined {
  for (const task of f.tasks ?? []) {
    if (!isTask(task)) return { message: `there is no task ${task} in the exam guide`, hint: `tasks are ${TASK_RANGES}` };
  }
  for (const skill of f.skills ?? []) {
    if (isSkill(skill)) continue;
    const task = DOMAINS.flatMap((d) => d.tasks).find((t) => t.id === parentOf(skill));
    return task
      ? { message: `there is no skill ${skill} in the exam guide`, hint: `task ${task.id} has skills ${task.id}.1–${task.id}.${task.skills}` }
      : { message: `there is no skill ${skill} in the exam guide`, hint: `skills are numbered by task (${TASK_RANGES}), e.g. 1.2.6` };
  }
  const known = new Set(deckIds);
  for (const deck of f.deckIds ?? []) {
    if (known.has(deck)) continue;
    const close = nearest(deck, deckIds);
    return { message: `no loaded deck has the id "${deck}"`, hint: `${close.length ? `did you mean ${close.join(', ')}? ` : ''}"dea decks" lists the loaded decks` };
  }
  return undefined;
}

const FILTER_WORDS: Array<[keyof CardFilter, string]> = [['domains', 'domain'], ['tasks', 'task'], ['skills', 'skill'], ['deckIds', 'deck'], ['tags', 'tag']];

/**
 * Why a filter matched nothing: the decks have no such content at all (one filter alone matches
 * nothing), or the filters exclude each other. `pool` holds the cards of the right kind.
 */
export function whyNothingMatches(pool: readonly Card[], f: CardFilter, what: string): FilterProblem {
  if (pool.length === 0) return { message: `the loaded decks have no ${what}`, hint: '"dea decks" lists what is loaded; add decks with --decks <dir>' };
  for (const [key, word] of FILTER_WORDS) {
    const values = f[key] as Array<string | number> | undefined;
    if (!values || values.length === 0) continue;
    if (!pool.some((c) => matchesFilter(c, { [key]: values }))) {
      return { message: `the loaded decks have no ${what} for ${word} ${values.join(', ')}`, hint: '"dea coverage" shows what each domain, task and skill has' };
    }
  }
  const used = FILTER_WORDS.flatMap(([key, word]) => {
    const values = f[key] as Array<string | number> | undefined;
    return values?.length ? [`${word} ${values.join(', ')}`] : [];
  });
  return { message: `no ${what} match ${used.join(' and ')} together`, hint: 'each filter alone matches something; drop one of them' };
}
