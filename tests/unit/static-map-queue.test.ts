import { describe, expect, it } from "vitest";
import { ByteLru } from "@/lib/static-map/byte-lru";
import { BusyError, type Clock, RenderQueue } from "@/lib/static-map/render-queue";

/** A clock that moves only when the test says so. */
function fakeClock() {
  let t = 0;
  const timers: { at: number; fn: () => void; live: boolean }[] = [];
  const clock: Clock = {
    now: () => t,
    after(ms, fn) {
      const timer = { at: t + ms, fn, live: true };
      timers.push(timer);
      return () => (timer.live = false);
    },
  };
  const advance = (ms: number) => {
    t += ms;
    for (const timer of timers) if (timer.live && timer.at <= t) (timer.live = false), timer.fn();
  };
  return { clock, advance };
}

/** A task the test finishes by hand, counting how many run at once. */
function gate() {
  let live = 0;
  let peak = 0;
  const done: (() => void)[] = [];
  const task = () =>
    new Promise<string>((resolve) => {
      live++;
      peak = Math.max(peak, live);
      done.push(() => (live--, resolve("ok")));
    });
  return { task, finishOne: () => done.shift()?.(), peak: () => peak, live: () => live };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("RenderQueue", () => {
  it("never runs more tasks at once than its concurrency", async () => {
    const { clock } = fakeClock();
    const q = new RenderQueue({ concurrency: 2, maxQueued: 10, maxWaitMs: 5000, clock });
    const g = gate();
    const results = Array.from({ length: 6 }, () => q.run(g.task));
    for (let i = 0; i < 6; i++) {
      await tick();
      g.finishOne();
    }
    expect(await Promise.all(results)).toEqual(Array(6).fill("ok"));
    expect(g.peak()).toBe(2);
  });

  it("refuses at once with a BusyError when the waiting line is full", async () => {
    const { clock } = fakeClock();
    const q = new RenderQueue({ concurrency: 1, maxQueued: 1, maxWaitMs: 5000, clock });
    const g = gate();
    void q.run(g.task);
    void q.run(g.task);
    await expect(q.run(g.task)).rejects.toBeInstanceOf(BusyError);
    expect(q.stats).toEqual({ running: 1, waiting: 1, rejected: 1 });
  });

  it("refuses a task that waited longer than maxWaitMs, and runs the rest", async () => {
    const { clock, advance } = fakeClock();
    const q = new RenderQueue({ concurrency: 1, maxQueued: 5, maxWaitMs: 2000, clock });
    const g = gate();
    const first = q.run(g.task);
    const waiting = q.run(g.task);
    advance(1999);
    expect(q.stats.waiting).toBe(1);
    advance(1);
    await expect(waiting).rejects.toThrow(/waited too long/);
    g.finishOne();
    expect(await first).toBe("ok");
    expect(q.stats).toMatchObject({ running: 0, waiting: 0 });
  });

  it("starts a waiting task when a slot frees before its deadline, and its timer no longer fires", async () => {
    const { clock, advance } = fakeClock();
    const q = new RenderQueue({ concurrency: 1, maxQueued: 5, maxWaitMs: 2000, clock });
    const g = gate();
    void q.run(g.task);
    const second = q.run(g.task);
    advance(500);
    g.finishOne();
    await tick();
    expect(g.live()).toBe(1);
    advance(5000);
    g.finishOne();
    expect(await second).toBe("ok");
    expect(q.stats.rejected).toBe(0);
  });

  it("frees the slot when a task fails", async () => {
    const q = new RenderQueue({ concurrency: 1, maxQueued: 0, maxWaitMs: 0, clock: fakeClock().clock });
    await expect(q.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await q.run(() => Promise.resolve(1))).toBe(1);
  });

  it("suggests a Retry-After that grows with the work ahead, from 1 to 60 s", async () => {
    const { clock, advance } = fakeClock();
    const q = new RenderQueue({ concurrency: 1, maxQueued: 100, maxWaitMs: 1e9, clock });
    const slow = () => new Promise<void>((r) => (advance(4000), r()));
    await q.run(slow);
    await q.run(slow);
    const g = gate();
    void q.run(g.task);
    const short = q.retryAfterSeconds();
    for (let i = 0; i < 50; i++) void q.run(g.task);
    expect(q.retryAfterSeconds()).toBeGreaterThan(short);
    expect(q.retryAfterSeconds()).toBeLessThanOrEqual(60);
    expect(short).toBeGreaterThanOrEqual(1);
  });
});

describe("ByteLru", () => {
  const lru = () => new ByteLru<Uint8Array>(4000, (v) => v.byteLength);

  it("keeps the bytes it holds within its budget by evicting the least recently used", () => {
    const c = lru();
    c.set("a", new Uint8Array(900));
    c.set("b", new Uint8Array(900));
    c.set("c", new Uint8Array(900));
    c.get("a");
    c.set("d", new Uint8Array(900));
    c.set("e", new Uint8Array(900));
    expect(c.bytes).toBeLessThanOrEqual(4000);
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBeDefined();
    expect(c.get("e")).toBeDefined();
  });

  it("does not keep a value larger than a quarter of its budget", () => {
    const c = lru();
    c.set("big", new Uint8Array(1500));
    expect(c.get("big")).toBeUndefined();
    expect(c.bytes).toBe(0);
  });

  it("counts a replaced value once", () => {
    const c = lru();
    c.set("a", new Uint8Array(500));
    c.set("a", new Uint8Array(700));
    expect(c.size).toBe(1);
    expect(c.bytes).toBe(702);
  });
});
