/**
 * A fixed-window counter per key (the client's IP address), kept in this
 * server process's memory. One `next start` process serves the site; several
 * processes behind a load balancer would each count separately (see
 * docs/architecture.md).
 */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = { hit(key: string, now?: number): RateLimitDecision };

/** Beyond this many keys, expired windows are swept so memory stays bounded. */
const SWEEP_AT = 10_000;

export function createRateLimiter(options: { limit: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>();

  function sweep(now: number) {
    for (const [key, window] of windows) {
      if (now - window.startedAt >= options.windowMs) windows.delete(key);
    }
  }

  return {
    hit(key, now = Date.now()) {
      if (windows.size >= SWEEP_AT) sweep(now);
      let window = windows.get(key);
      if (!window || now - window.startedAt >= options.windowMs) {
        window = { startedAt: now, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count <= options.limit) return { allowed: true };
      const retryAfterMs = window.startedAt + options.windowMs - now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    },
  };
}
