/**
 * A fixed-window counter per key (the client's IP address), kept in this
 * server process's memory, in at most `capacity` entries. One server process
 * counts for itself; several processes behind a load balancer would each
 * count separately (see docs/architecture.md).
 */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = {
  hit(key: string, now?: number): RateLimitDecision;
  /** How many clients it remembers now (never more than its capacity). */
  readonly size: number;
};

/** Clients remembered at most, by default: about a megabyte. */
export const DEFAULT_LIMITER_CAPACITY = 10_000;

export function createRateLimiter(options: {
  limit: number;
  windowMs: number;
  capacity?: number;
}): RateLimiter {
  const capacity = options.capacity ?? DEFAULT_LIMITER_CAPACITY;
  // In the order the windows started (a restarted window moves to the end), so
  // the expired ones and, when full, the oldest are at the front.
  const windows = new Map<string, { startedAt: number; count: number }>();
  const expired = (window: { startedAt: number }, now: number) =>
    now - window.startedAt >= options.windowMs;

  function startWindow(key: string, now: number) {
    for (const [oldKey, window] of windows) {
      if (!expired(window, now)) break;
      windows.delete(oldKey);
    }
    // Still full of live windows (many distinct clients at once): forget the
    // oldest. That client starts afresh, which bounds memory at the cost of
    // letting a few more of its requests through.
    while (windows.size >= capacity) {
      const oldest = windows.keys().next();
      if (oldest.done) break;
      windows.delete(oldest.value);
    }
    const window = { startedAt: now, count: 0 };
    windows.set(key, window);
    return window;
  }

  return {
    hit(key, now = Date.now()) {
      let window = windows.get(key);
      if (window && expired(window, now)) {
        windows.delete(key);
        window = undefined;
      }
      window ??= startWindow(key, now);
      window.count += 1;
      if (window.count <= options.limit) return { allowed: true };
      const retryAfterMs = window.startedAt + options.windowMs - now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    },
    get size() {
      return windows.size;
    },
  };
}
