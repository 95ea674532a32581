import { type ChildProcess, fork } from "node:child_process";
import { setPriority } from "node:os";
import { join } from "node:path";

/**
 * Child processes that rasterise SVG to PNG (png-child.cjs), one job each at a time. The render
 * queue (render-queue.ts) bounds how many jobs there are, so the pool never has more children
 * than the queue's concurrency. A child idle for IDLE_MS exits and takes the native memory of its
 * renders with it: the server's memory returns to its level before a burst.
 */
const IDLE_MS = Number(process.env.STATIC_MAP_CHILD_IDLE_MS ?? 4000);
const RENDER_NICENESS = 10;
// Not a module import: the file runs as its own Node process, outside Next's bundle.
const CHILD = () => join(/*turbopackIgnore: true*/ process.cwd(), "lib/static-map/png-child.cjs");

export type PngJob = { svg: string; scale: number; fontFiles: string[]; family: string };

type Pending = { resolve: (png: Buffer) => void; reject: (e: Error) => void };
type Worker = { proc: ChildProcess; pending?: Pending; idle?: NodeJS.Timeout };

const idle: Worker[] = [];
const all = new Set<Worker>();
let nextId = 0;

function spawnWorker(): Worker {
  const proc = fork(CHILD(), [], { serialization: "advanced", stdio: ["ignore", "ignore", "inherit", "ipc"] });
  const w: Worker = { proc };
  all.add(w);
  // Renderers run niced: with every core rasterising, the server itself must still get the CPU
  // to answer other routes (PNGs saturated, the layers' p99 went past 10 s without it).
  try {
    if (proc.pid) setPriority(proc.pid, RENDER_NICENESS);
  } catch {
    // not permitted here: rendering still works, only without the lower priority
  }
  proc.on("message", (msg: { id: number; png?: Uint8Array; error?: string }) => {
    const p = w.pending;
    w.pending = undefined;
    if (msg.error !== undefined || !msg.png) p?.reject(new Error(`PNG render failed: ${msg.error ?? "no image"}`));
    else p?.resolve(Buffer.from(msg.png.buffer, msg.png.byteOffset, msg.png.byteLength));
    release(w);
  });
  proc.on("exit", (code, signal) => {
    all.delete(w);
    const i = idle.indexOf(w);
    if (i >= 0) idle.splice(i, 1);
    w.pending?.reject(new Error(`PNG renderer exited (${signal ?? code})`));
    w.pending = undefined;
  });
  // An idle child must never keep the server from exiting; a busy one keeps it waiting for the job.
  proc.unref();
  return w;
}

function release(w: Worker): void {
  if (!all.has(w)) return;
  w.proc.channel?.unref();
  idle.push(w);
  w.idle = setTimeout(() => {
    const i = idle.indexOf(w);
    if (i >= 0) idle.splice(i, 1);
    all.delete(w);
    w.proc.kill();
  }, IDLE_MS);
  w.idle.unref();
}

/** Rasterises one SVG in a child process. */
export function renderInChild(job: PngJob): Promise<Buffer> {
  const w = idle.pop() ?? spawnWorker();
  clearTimeout(w.idle);
  w.proc.channel?.ref();
  return new Promise<Buffer>((resolve, reject) => {
    w.pending = { resolve, reject };
    w.proc.send({ id: nextId++, ...job });
  });
}

/** Children alive now (for the load test's and tests' memory accounting). */
export function rendererPids(): number[] {
  return [...all].flatMap((w) => (w.proc.pid ? [w.proc.pid] : []));
}
