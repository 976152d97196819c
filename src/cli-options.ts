import { InvalidArgumentError, type Command } from 'commander';
import { isCalendarDate, isPastDay } from './core/calendar.js';

/** Option parsers and option groups shared by the commands: argv → typed options. */

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Repeatable and comma-separated: `--domain 1 --domain 2` or `--domain 1,2`. */
export const listOf = (name: string, valid: (v: string) => boolean, expected: string) =>
  (value: string, previous: string[] = []): string[] => {
    const values = value.split(',').map((v) => v.trim()).filter(Boolean);
    const bad = values.find((v) => !valid(v));
    if (bad !== undefined || values.length === 0) throw new InvalidArgumentError(`${name} takes ${expected} (got "${value}")`);
    return [...previous, ...values];
  };

export const intArg = (name: string, min = 0) => (value: string): number => {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}`);
  return Number(value);
};

export const choiceArg = <T extends string>(name: string, choices: readonly T[]) => (value: string): T => {
  if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(`${name} is one of ${choices.join(', ')} (got "${value}")`);
  return value as T;
};

export const retentionArg = (value: string): number => {
  const n = Number(value);
  if (!(n >= 0.7 && n <= 0.99)) throw new InvalidArgumentError('--retention must be between 0.70 and 0.99 (0.9 is the usual choice)');
  return n;
};

export const dateArg = (value: string): string => {
  if (!isCalendarDate(value)) throw new InvalidArgumentError(`dates are real days written YYYY-MM-DD, e.g. 2027-01-15 (got "${value}")`);
  if (isPastDay(value, new Date())) throw new InvalidArgumentError(`the exam date ${value} has passed: give today or a later day`);
  return value;
};

/** --decks and --no-builtin, on every command that studies or reports on decks. */
export function withDeckOptions(cmd: Command): Command {
  return cmd
    .option('--decks <dir>', 'also load the decks in this folder (repeatable; DEA_DECKS adds more)', collect)
    .option('--no-builtin', 'leave out the decks shipped with dea');
}

export function withFilterOptions(cmd: Command): Command {
  return cmd
    .option('--domain <n>', 'only exam domain n, 1-4 (repeatable, or 1,2)', listOf('--domain', (v) => /^[1-4]$/.test(v), 'an exam domain from 1 to 4, such as 2 or 1,3'))
    .option('--task <id>', 'only task statement id, e.g. 1.2 (repeatable)', listOf('--task', (v) => /^[1-4]\.\d+$/.test(v), 'a task statement id such as 1.2'))
    .option('--skill <id>', 'only skill id, e.g. 1.2.6 (repeatable)', listOf('--skill', (v) => /^[1-4]\.\d+\.\d+$/.test(v), 'a skill id such as 1.2.6'))
    .option('--deck <id>', 'only the deck with this id (repeatable; see dea decks)', listOf('--deck', (v) => v.length > 0, 'a deck id such as s3-storage-classes'))
    .option('--tag <tag>', 'only cards with this tag (repeatable)', listOf('--tag', (v) => v.length > 0, 'a tag such as kinesis'));
}

export const withProgressOption = (cmd: Command): Command =>
  cmd.option('--progress <file>', 'progress file (default: DEA_PROGRESS, else $XDG_DATA_HOME/dea/progress.json)');

/** commander's raw options → the filter fields the core understands. */
export function filterFrom(o: { domain?: string[]; task?: string[]; skill?: string[]; deck?: string[]; tag?: string[] }) {
  return {
    ...(o.domain ? { domains: o.domain.map(Number) } : {}),
    ...(o.task ? { tasks: o.task } : {}),
    ...(o.skill ? { skills: o.skill } : {}),
    ...(o.deck ? { deckIds: o.deck } : {}),
    ...(o.tag ? { tags: o.tag } : {}),
  };
}
