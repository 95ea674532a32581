/**
 * A bounded queue for expensive renders. At most `concurrency` tasks run at once (no more than
 * the cores: a 4096² PNG keeps a core busy for seconds and holds ~100 MB while it does); up to
 * `maxQueued` more wait, each at most `maxWaitMs`; anything beyond is refused at once with a
 * BusyError that says when to retry, which the route answers as 503 + Retry-After. Without it, 20
 * concurrent 4096² renders took the server from 306 MB to 4.3 GB and stalled every other route.
 * Pure: time comes from an injectable clock, so tests drive it without waiting.
 */
export type Clock = {
  now(): number;
  /** Calls fn after ms; returns a function that cancels it. */
  after(ms: number, fn: () => void): () => void;
};

const systemClock: Clock = {
  now: () => Date.now(),
  after: (ms, fn) => {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
};

export class BusyError extends Error {
  constructor(
    /** Whole seconds a client should wait before asking again (Retry-After). */
    readonly retryAfterSeconds: number,
    reason: "queue full" | "waited too long",
  ) {
    super(`render queue busy (${reason})`);
    this.name = "BusyError";
  }
}

export type QueueOptions = { concurrency: number; maxQueued: number; maxWaitMs: number; clock?: Clock };

type Waiter = { start: () => void };

export class RenderQueue {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private readonly clock: Clock;
  /** A moving average of task durations, for Retry-After; starts at one second. */
  private avgMs = 1000;
  rejected = 0;

  constructor(private readonly opts: QueueOptions) {
    if (opts.concurrency < 1) throw new RangeError("concurrency must be at least 1");
    this.clock = opts.clock ?? systemClock;
  }

  get stats() {
    return { running: this.running, waiting: this.waiting.length, rejected: this.rejected };
  }

  /** Runs the task when a slot is free; rejects with BusyError when it would wait too long. */
  run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.opts.concurrency) return this.start(task);
    if (this.waiting.length >= this.opts.maxQueued) return Promise.reject(this.busy("queue full"));
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          cancel();
          this.start(task).then(resolve, reject);
        },
      };
      const cancel = this.clock.after(this.opts.maxWaitMs, () => {
        const i = this.waiting.indexOf(waiter);
        if (i < 0) return;
        this.waiting.splice(i, 1);
        reject(this.busy("waited too long"));
      });
      this.waiting.push(waiter);
    });
  }

  /** How long the work ahead of a new request should take, in whole seconds (1-60). */
  retryAfterSeconds(): number {
    const ahead = this.running + this.waiting.length;
    const ms = (ahead / this.opts.concurrency) * this.avgMs;
    return Math.min(60, Math.max(1, Math.ceil(ms / 1000)));
  }

  private busy(reason: "queue full" | "waited too long"): BusyError {
    this.rejected++;
    return new BusyError(this.retryAfterSeconds(), reason);
  }

  private async start<T>(task: () => Promise<T>): Promise<T> {
    this.running++;
    const t0 = this.clock.now();
    try {
      return await task();
    } finally {
      this.avgMs = 0.8 * this.avgMs + 0.2 * (this.clock.now() - t0);
      this.running--;
      this.waiting.shift()?.start();
    }
  }
}
