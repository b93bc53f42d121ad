// Closed-loop load: N virtual users each send one request, wait for the whole answer, and send the next, for a fixed
// time. Latencies of the first `warmup` seconds are not counted (connection set-up, plan caches).

export type LoadResult = {
  users: number;
  requests: number;
  /** Requests stopped at the timeout: counted in the latencies at the time they ran, so percentiles are lower bounds. */
  timeouts: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  perSecond: number;
  firstError: string | null;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/**
 * Runs `users` loops of `one(user, iteration)` for `duration` seconds after `warmup` seconds. `one` throws on a
 * failed request: it is counted as an error (not as a latency) and the loop goes on.
 */
export async function closedLoop(
  users: number,
  duration: number,
  warmup: number,
  one: (user: number, iteration: number) => Promise<void>,
): Promise<LoadResult> {
  const startedAt = performance.now();
  const measureFrom = startedAt + warmup * 1000;
  const endAt = measureFrom + duration * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let timeouts = 0;
  let firstError: string | null = null;
  const loop = async (user: number) => {
    for (let i = 0; performance.now() < endAt; i++) {
      const t0 = performance.now();
      try {
        await one(user, i);
        if (t0 >= measureFrom) latencies.push(performance.now() - t0);
      } catch (error) {
        const name = (error as Error).name;
        const message = (error as Error).message;
        // fetch aborted by AbortSignal.timeout, or PostgreSQL's statement_timeout (57014) in the bare-SQL run.
        if (name === 'TimeoutError' || (error as { code?: string }).code === '57014') {
          if (t0 >= measureFrom) {
            timeouts++;
            latencies.push(performance.now() - t0);
          }
        } else {
          if (t0 >= measureFrom) errors++;
          firstError ??= message;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: users }, (_, u) => loop(u)));
  const seconds = (performance.now() - measureFrom) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    users,
    requests: latencies.length,
    timeouts,
    errors,
    seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    perSecond: latencies.length / seconds,
    firstError,
  };
}
