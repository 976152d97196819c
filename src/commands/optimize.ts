import { createRequire } from 'node:module';
import { predictionLogLoss, timeSplit, trainingItems } from '../core/fsrs-training.js';
import { DEFAULT_SCHEDULER, Scheduler } from '../core/scheduler.js';
import { progressPath } from '../io/paths.js';
import { ProgressStore } from '../io/progress-store.js';
import type { CommandIo } from './io.js';
import { startOfDay } from './study.js';

/** Fewer long-term reviews than this give parameters that are mostly noise (Anki asks for a few hundred too). */
export const MIN_TRAINING_ITEMS = 400;

/**
 * `dea progress optimize`: fits FSRS-6 parameters to your own review log and keeps them only if
 * they predict the latest fifth of the log (held out from the fit) better than the parameters in
 * use. `--reset` goes back to the defaults.
 */
export async function optimize(opts: { progress?: string; reset?: boolean }, io: CommandIo): Promise<number> {
  const store = new ProgressStore(progressPath(opts.progress));
  const progress = await store.load();
  if (opts.reset) {
    await store.update((p) => {
      const { fsrsParameters: _dropped, ...settings } = p.settings;
      return { ...p, settings };
    });
    io.out('FSRS parameters reset to the defaults.');
    return 0;
  }
  const items = trainingItems(progress.reviews, startOfDay);
  if (items.length < MIN_TRAINING_ITEMS) {
    io.out(`Too few reviews to fit your own parameters: ${items.length} answers after a day or more, at least ${MIN_TRAINING_ITEMS} needed. dea keeps ${progress.settings.fsrsParameters ? 'your current parameters' : 'the FSRS-6 defaults'}; try again after more study.`);
    return 0;
  }
  // Loaded here, not at start-up: the optimizer is a WebAssembly module only this command needs.
  // Required, not imported: the program runs as a vm script (src/launch.ts), where node 20 refuses import().
  const fsrs = createRequire(import.meta.url)('@open-spaced-repetition/binding') as typeof import('@open-spaced-repetition/binding');
  const { train, test } = timeSplit(items);
  const fitted = await fsrs.computeParameters(
    train.map((i) => new fsrs.FSRSBindingItem(i.reviews.map((r) => new fsrs.FSRSBindingReview(r.rating, r.deltaT)))),
    { enableShortTerm: true },
  );
  const settings = progress.settings;
  const lossOf = (parameters?: readonly number[]) => predictionLogLoss(progress.reviews, new Scheduler({
    retention: settings.retention ?? DEFAULT_SCHEDULER.retention, maxIntervalDays: settings.maxIntervalDays ?? DEFAULT_SCHEDULER.maxIntervalDays,
    ...(parameters ? { parameters } : {}),
  }), test[0]!.at, startOfDay);
  const fittedLoss = lossOf(fitted).loss;
  const { loss: currentLoss, n } = lossOf(settings.fsrsParameters);
  const current = settings.fsrsParameters ? 'your current parameters' : 'the defaults';
  const figures = `log loss on your latest ${n} reviews (held out from the fit; lower is better): fitted ${fittedLoss.toFixed(4)}, ${current} ${currentLoss.toFixed(4)}`;
  if (!(fittedLoss < currentLoss) || fitted.length !== 21) {
    io.out(`Kept ${current}: the fitted parameters do not predict your reviews better.\n${figures}`);
    return 0;
  }
  await store.update((p) => ({ ...p, settings: { ...p.settings, fsrsParameters: fitted } }));
  io.out(`Saved your own FSRS parameters: drill, stats and readiness use them from now on ("dea progress optimize --reset" goes back).\n${figures}`);
  return 0;
}
