import { inertJson, safeJson } from '../core/sanitize.js';
import { copyFile, readFile, stat } from 'node:fs/promises';
import { isCalendarDate, isPastDay } from '../core/calendar.js';
import { DeaError } from '../core/errors.js';
import { detailedCheck } from '../core/progress-schema.js';
import { emptyProgress, mergeProgress, parseJournalText, parseProgress, replayJournal, serializeProgress, type Settings } from '../core/progress.js';
import { progressPath } from '../io/paths.js';
import { ProgressStore, progressExists } from '../io/progress-store.js';
import { counted } from '../ui/format.js';
import type { CommandIo } from './io.js';

export const progressFile = (opts: { progress?: string }): string => progressPath(opts.progress);

/** `dea progress path` */
export async function showPath(opts: { progress?: string }, io: CommandIo): Promise<number> {
  io.out(progressFile(opts));
  return 0;
}

/** `dea progress export`: the whole progress, journal folded in, as JSON on stdout. */
export async function exportProgress(opts: { progress?: string }, io: CommandIo): Promise<number> {
  io.data(inertJson(serializeProgress(await new ProgressStore(progressFile(opts)).load()).trimEnd()));
  return 0;
}

/**
 * `dea progress merge <other>`: the union of both review logs and exam histories. `other` may
 * also be a journal, such as the rescue file of a session whose answers could not be saved.
 */
export async function mergeInto(opts: { progress?: string }, other: string, io: CommandIo): Promise<number> {
  let text: string;
  try {
    text = await readFile(other, 'utf8');
  } catch (e) {
    throw new DeaError('PROGRESS_IO', `cannot read ${other}: ${(e as NodeJS.ErrnoException).code}`, 'give the path of another progress.json');
  }
  const parsed = parseProgress(text, detailedCheck);
  const journal = parsed.ok ? undefined : parseJournalText(text, detailedCheck);
  if (!parsed.ok && !journal) throw new DeaError('PROGRESS_CORRUPT', `${other} is neither a dea progress file nor a dea journal: ${parsed.problem}`, 'nothing was changed');
  const store = new ProgressStore(progressFile(opts));
  let before = 0;
  const merged = await store.update((mine) => {
    before = mine.reviews.length;
    return parsed.ok ? mergeProgress(mine, parsed.progress) : replayJournal(mine, journal ?? []);
  });
  io.out(`Merged ${other}: ${merged.reviews.length - before} new review${merged.reviews.length - before === 1 ? '' : 's'} (${merged.reviews.length} in all), ${merged.exams.length} exam${merged.exams.length === 1 ? '' : 's'} in the history.`);
  return 0;
}

/** `dea progress reset --yes`: starts afresh, keeping a backup copy of the old file. */
export async function resetProgress(opts: { progress?: string; yes?: boolean }, io: CommandIo, now: Date): Promise<number> {
  const file = progressFile(opts);
  if (!opts.yes) throw new DeaError('USAGE', 'reset deletes your review history', 'run "dea progress reset --yes" if you mean it (a backup copy is kept)');
  const store = new ProgressStore(file);
  await store.fold();
  const backup = `${file}.bak-${now.toISOString().replace(/[:.]/g, '-')}`;
  if (await progressExists(file)) await copyFile(file, backup);
  await store.update((p) => ({ ...emptyProgress(), settings: p.settings }));
  io.out(`Progress reset. The old file is kept at ${backup}.`);
  return 0;
}

const SETTINGS: Record<string, { key: keyof Settings; parse: (v: string) => Settings[keyof Settings] | undefined; help: string }> = {
  'exam-date': { key: 'examDate', parse: (v) => (isCalendarDate(v) && !isPastDay(v, new Date()) ? v : undefined), help: 'a real day, today or later, as YYYY-MM-DD' },
  retention: { key: 'retention', parse: (v) => (Number(v) >= 0.7 && Number(v) <= 0.99 ? Number(v) : undefined), help: 'a number from 0.70 to 0.99' },
  'new-per-day': { key: 'newPerDay', parse: (v) => (/^\d+$/.test(v) ? Number(v) : undefined), help: 'a whole number' },
  'max-interval': { key: 'maxIntervalDays', parse: (v) => (/^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined), help: 'days, a whole number' },
};

/** `dea progress set <name> <value|none>`: a setting kept in the progress file. */
export async function setSetting(opts: { progress?: string }, name: string, value: string, io: CommandIo): Promise<number> {
  // Own properties only: "__proto__" or "toString" is an unknown setting, not Object.prototype's.
  const def = Object.hasOwn(SETTINGS, name) ? SETTINGS[name] : undefined;
  if (!def) throw new DeaError('USAGE', `unknown setting "${name}"`, `settings: ${Object.keys(SETTINGS).join(', ')}`);
  const parsed = value === 'none' ? undefined : def.parse(value);
  if (value !== 'none' && parsed === undefined) throw new DeaError('USAGE', `${name} must be ${def.help}`, `or "none" to clear it`);
  await new ProgressStore(progressFile(opts)).update((p) => {
    const settings = { ...p.settings };
    if (parsed === undefined) delete settings[def.key];
    else (settings as Record<string, unknown>)[def.key] = parsed;
    return { ...p, settings };
  });
  io.out(parsed === undefined ? `${name} cleared.` : `${name} set to ${String(parsed)}.`);
  return 0;
}

/** The file's size and its journal's: answers stay in the journal until it is large enough to fold. */
function fileFacts(size: number | undefined, journal: number, t: CommandIo['theme']): string {
  if (size === undefined) return t.dim(journal ? ` (not written yet: ${journal} bytes of answers in its journal, folded in once large)` : ' (not created yet)');
  return ` (${size} bytes${journal ? `, ${journal} in the journal` : ''})`;
}

/** `dea progress show`: the settings (with their defaults) and what the file holds. */
export async function showProgress(opts: { progress?: string; json?: boolean }, io: CommandIo): Promise<number> {
  const file = progressFile(opts);
  const store = new ProgressStore(file);
  const p = await store.load();
  const size = (await stat(file).catch(() => undefined))?.size;
  const pending = (await stat(store.journal).catch(() => undefined))?.size ?? 0;
  const facts = {
    file, exists: size !== undefined, bytes: size ?? 0, journalBytes: pending,
    reviews: p.reviews.length, lastReview: p.reviews.at(-1)?.at ?? null, exams: p.exams.length, examInProgress: p.activeExam !== undefined,
    settings: {
      'exam-date': p.settings.examDate ?? null, retention: p.settings.retention ?? 0.9,
      'new-per-day': p.settings.newPerDay ?? 20, 'max-interval': p.settings.maxIntervalDays ?? 365,
    },
  };
  if (opts.json) {
    io.data(safeJson(facts, 2));
    return 0;
  }
  const t = io.theme;
  const set = (name: keyof Settings) => (p.settings[name] === undefined ? t.dim(' (default)') : '');
  io.out([
    `${t.bold('File')}      ${file}${fileFacts(size, pending, t)}`,
    `${t.bold('History')}   ${counted(p.reviews.length, 'answer')}${facts.lastReview ? `, the last on ${facts.lastReview.slice(0, 10)}` : ''}; ${counted(p.exams.length, 'finished exam')}${p.activeExam ? '; an exam in progress (dea exam --resume)' : ''}`,
    t.bold('Settings') + t.dim('  (change with dea progress set <name> <value>)'),
    `  exam-date     ${facts.settings['exam-date'] ?? t.dim('none')}`,
    `  retention     ${facts.settings.retention}${set('retention')}`,
    `  new-per-day   ${facts.settings['new-per-day']}${set('newPerDay')}`,
    `  max-interval  ${facts.settings['max-interval']} days${set('maxIntervalDays')}`,
  ].join('\n'));
  return 0;
}
