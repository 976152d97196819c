import { MAX_DECK_ID } from './bank-cards.js';
import { ID_PATTERN } from './deck-fields.js';
import { DeaError } from './errors.js';
import { isTask, parentOf } from './outline.js';
import { neutralizeLine } from './sanitize.js';

/** A deck id a user typed (--id, dea new deck <id>), or a usage error that says what one looks like. */
export function checkDeckId(id: string): string {
  if (!ID_PATTERN.test(id) || id.length > MAX_DECK_ID) {
    throw new DeaError('USAGE', `"${neutralizeLine(id)}" cannot be a deck id`, `a deck id is lower-case letters, digits and - _ . /, at most ${MAX_DECK_ID} characters, e.g. kinesis-practice`);
  }
  return id;
}

/**
 * --domain and --task as deck defaults: the task must be one of the exam guide's and belong to
 * the domain; a task alone implies its domain.
 */
export function deckDefaults(domain?: number, task?: string): { domain?: number; task?: string } {
  if (task === undefined) return domain === undefined ? {} : { domain };
  if (!isTask(task)) throw new DeaError('USAGE', `there is no task ${neutralizeLine(task)} in the exam guide`, 'task statements run from 1.1 to 4.5; dea coverage lists them');
  const parent = Number(parentOf(task));
  if (domain !== undefined && domain !== parent) throw new DeaError('USAGE', `task ${task} belongs to domain ${parent}, not domain ${domain}`, `use --domain ${parent}, or a task that starts with "${domain}."`);
  return { domain: parent, task };
}
