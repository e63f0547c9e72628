interface Timer {
  remaining: number;
  startedAt: number;
  handle: ReturnType<typeof setTimeout> | null;
}

/**
 * The countdowns that remove toasts. While the user points at the toasts they all wait, so a
 * toast being read does not vanish; they resume with the time they had left.
 */
export class ToastTimers {
  private timers = new Map<number, Timer>();
  private paused = false;

  constructor(private readonly expire: (id: number) => void) {}

  /** Removes the toast after durationMs; an infinite duration never does. */
  start(id: number, durationMs: number) {
    this.cancel(id);
    if (!Number.isFinite(durationMs)) return;
    const timer: Timer = { remaining: Math.max(0, durationMs), startedAt: 0, handle: null };
    this.timers.set(id, timer);
    if (!this.paused) this.run(id, timer);
  }

  cancel(id: number) {
    const timer = this.timers.get(id);
    if (timer?.handle) clearTimeout(timer.handle);
    this.timers.delete(id);
  }

  pause() {
    if (this.paused) return;
    this.paused = true;
    const now = Date.now();
    for (const timer of this.timers.values()) {
      if (!timer.handle) continue;
      clearTimeout(timer.handle);
      timer.handle = null;
      timer.remaining = Math.max(0, timer.remaining - (now - timer.startedAt));
    }
  }

  resume() {
    if (!this.paused) return;
    this.paused = false;
    for (const [id, timer] of this.timers) this.run(id, timer);
  }

  private run(id: number, timer: Timer) {
    timer.startedAt = Date.now();
    timer.handle = setTimeout(() => {
      this.timers.delete(id);
      this.expire(id);
    }, timer.remaining);
  }
}
