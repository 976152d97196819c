import { daysUntil } from '../core/calendar.js';
import { buildQueue } from '../core/drill.js';
import { counted } from '../ui/format.js';
import type { CommandIo } from './io.js';
import { openStudy, startOfDay, type StudyOptions } from './study.js';
import { seededRng } from '../core/rng.js';


/** `dea` alone: what is due, how far off the exam is, and the one command to run next. */
export async function status(opts: StudyOptions, io: CommandIo, now: Date): Promise<string> {
  const ctx = await openStudy(opts, { io, now: () => now });
  const queue = buildQueue(ctx.items, ctx.seen, ctx.states, ctx.scheduler, now, { newPerDay: ctx.settings.newPerDay ?? 20, dayStart: startOfDay(now) }, seededRng(1));
  const t = io.theme;
  const parts = [`${counted(queue.due, 'review')} due now`, `${queue.fresh} new for today`];
  const examDate = ctx.settings.examDate;
  if (examDate) {
    const days = daysUntil(examDate, now);
    parts.push(days >= 0 ? `exam on ${examDate} (in ${counted(days, 'day')})` : `exam date ${examDate} has passed`);
  } else parts.push('no exam date set (dea progress set exam-date YYYY-MM-DD)');
  const next = ctx.activeExam ? 'dea exam --resume   (an exam is in progress)'
    : queue.items.length > 0 ? 'dea drill'
      : ctx.examIds.length === 0 ? 'dea exam   (a full 65-item simulation)' : 'dea quiz --domain 2';
  return [t.bold(parts.join(' · ')), `Next: ${t.cyan(next)}`].join('\n');
}
