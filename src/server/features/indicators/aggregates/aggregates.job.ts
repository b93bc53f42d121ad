import type { Db } from '../../../db/client.ts';
import { dateInAmsterdam } from '../../../lib/dates.ts';
import { loggableError } from '../../../lib/loggable-error.ts';
import type { Logger } from '../../../logger.ts';
import { refreshAggregates } from './aggregates.refresh.ts';

/**
 * Keeps the indicator aggregates fresh: at start and then every `minutes` (0 = never; the pages then compute from
 * scratch). A run that is still busy when the next one is due is not doubled: the next run waits for the next tick.
 * The first run of a day recomputes the whole window (figures hold for one day); later runs only the running periods.
 */
export function startIndicatorRefresh(db: Db, minutes: number, log: Logger): () => void {
  if (minutes <= 0) return () => {};
  let busy = false;
  const run = async () => {
    if (busy) return;
    busy = true;
    const started = performance.now();
    try {
      const now = new Date();
      const steps = await refreshAggregates(db, { today: dateInAmsterdam(now), now, mode: 'missing' });
      const ms = Math.round(performance.now() - started);
      if (steps.length > 0) log.info({ steps: steps.length, ms }, 'indicator aggregates refreshed');
    } catch (err) {
      log.warn({ err: loggableError(err) }, 'indicator refresh failed');
    } finally {
      busy = false;
    }
  };
  const first = setTimeout(run, 0);
  first.unref();
  const timer = setInterval(run, minutes * 60_000);
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
