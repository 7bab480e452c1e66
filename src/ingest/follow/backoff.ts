/** Consecutive failed polls after which a source is reported unhealthy. */
export const UNHEALTHY_AFTER = 3;

/**
 * Delay before the next try after `failures` consecutive failures:
 * exponential from `baseMs`, capped at `maxMs`, with "full jitter" (a random
 * point in [half, whole] of the step) so many sources failing together do not
 * retry together. A server's Retry-After is a floor, never shortened.
 */
export function backoffMs(failures: number, baseMs: number, maxMs: number, retryAfterMs: number | null, random: () => number = Math.random): number {
  const step = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  const jittered = step / 2 + random() * (step / 2);
  return Math.max(Math.round(jittered), retryAfterMs ?? 0);
}

/** Whether a source with this many consecutive failures is unhealthy. */
export function isUnhealthy(failures: number): boolean {
  return failures >= UNHEALTHY_AFTER;
}

/** Health of a source in one word: new (never polled), ok, failing (some failures), unhealthy. */
export function healthOf(s: { failures: number; lastSuccess: string | null }): 'new' | 'ok' | 'failing' | 'unhealthy' {
  if (isUnhealthy(s.failures)) return 'unhealthy';
  if (s.failures > 0) return 'failing';
  return s.lastSuccess ? 'ok' : 'new';
}
