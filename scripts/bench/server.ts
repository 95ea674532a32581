import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/**
 * Production builds and `next start` for the bench and the load test: loopback only, a free
 * port, and stopped by the PID we started (never by name: other people's servers run here too).
 */

export const ROOT = path.resolve(__dirname, "../..");

export async function freePort(): Promise<number> {
  const srv = createServer();
  srv.listen(0, "127.0.0.1");
  await once(srv, "listening");
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(p).reduce((m, n) => Math.max(m, newestMtime(path.join(p, n))), st.mtimeMs);
}

const SOURCES = ["app", "components", "lib", "proxy.ts", "next.config.js", "package.json", "postcss.config.mjs", "tsconfig.json"];
// next.config.js lets NEXT_DIST_DIR move the build; `next start` reads the same variable.
const DIST = process.env.NEXT_DIST_DIR || ".next";

/** A build is fresh when it is newer than every source it was made from and has our pages. */
export function buildIsFresh(): boolean {
  const id = path.join(ROOT, DIST, "BUILD_ID");
  if (!existsSync(id) || !existsSync(path.join(ROOT, "public/maplibre"))) return false;
  const routes = path.join(ROOT, DIST, "app-path-routes-manifest.json");
  if (!existsSync(routes) || !readFileSync(routes, "utf8").includes("/bench/baseline")) return false;
  const built = statSync(id).mtimeMs;
  return SOURCES.every((s) => newestMtime(path.join(ROOT, s)) < built);
}

export async function ensureBuild(log: (s: string) => void): Promise<"reused" | "built"> {
  if (buildIsFresh()) return "reused";
  log("production build is missing or stale: running `npm run build` (about a minute)");
  const child = spawn("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d));
  child.stderr.on("data", (d: Buffer) => (out += d));
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) {
    mkdirSync(path.join(ROOT, "bench-results"), { recursive: true });
    writeFileSync(path.join(ROOT, "bench-results/build.log"), out);
    const errors = out.split("\n").filter((l) => /error|failed/i.test(l) && !/turbopackIgnore/.test(l));
    throw new Error(`npm run build failed (exit ${code}); full output in bench-results/build.log:\n${errors.slice(0, 12).join("\n")}`);
  }
  return "built";
}

export type Server = { url: string; port: number; pid: number; listenerPid: () => number; stop: () => Promise<void> };

async function waitUntilUp(url: string, child: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer at ${url} within ${ms} ms`);
}

/** readyPath: what must answer before the server counts as up (the scale bench waits for /api/view). */
export async function startServer(env: Record<string, string> = {}, readyPath = "/api/layers"): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr = (stderr + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  try {
    // Long enough for a cold start on a large synthetic store (scale bench).
    await waitUntilUp(`${url}${readyPath}`, child, 600_000);
  } catch (e) {
    if (child.exitCode === null) child.kill("SIGKILL");
    throw new Error(`${(e as Error).message}\n${stderr}`);
  }
  const pid = child.pid!;
  return {
    url,
    port,
    pid,
    listenerPid: () => listeningPid(port, pid),
    stop: async () => {
      const listener = listeningPidOrUndefined(port, pid);
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 5000);
        await once(child, "exit");
        clearTimeout(timer);
      }
      // `next start` may have handed the socket to a child of its own; stop that one too, by PID.
      if (listener && listener !== pid && isAlive(listener)) process.kill(listener, "SIGKILL");
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function descendants(pid: number): number[] {
  const all = readdirSync("/proc").filter((n) => /^\d+$/.test(n));
  const kids = all.filter((n) => {
    try {
      return readFileSync(`/proc/${n}/stat`, "utf8").split(") ")[1]?.split(" ")[1] === String(pid);
    } catch {
      return false;
    }
  });
  return kids.map(Number).flatMap((k) => [k, ...descendants(k)]);
}

/** The socket inode listening on 127.0.0.1:port, from /proc/net/tcp (state 0A is LISTEN). */
function listenInode(port: number): string | undefined {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  for (const line of readFileSync("/proc/net/tcp", "utf8").split("\n").slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f[1]?.endsWith(`:${hex}`) && f[3] === "0A") return f[9];
  }
  return undefined;
}

function listeningPidOrUndefined(port: number, root: number): number | undefined {
  const inode = listenInode(port);
  if (!inode) return undefined;
  for (const pid of [root, ...descendants(root)]) {
    try {
      if (readdirSync(`/proc/${pid}/fd`).some((fd) => readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`)) return pid;
    } catch {
      // the process went away while we looked
    }
  }
  return undefined;
}

/** The process actually serving the port: `next start` itself or a `next-server` child of it. */
export function listeningPid(port: number, root: number): number {
  const pid = listeningPidOrUndefined(port, root);
  if (pid === undefined) throw new Error(`no process under PID ${root} listens on port ${port}`);
  return pid;
}

/** Resident set size in bytes, from /proc/<pid>/status. */
export function rssBytes(pid: number): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!m) throw new Error(`no VmRSS for PID ${pid}`);
  return Number(m[1]) * 1024;
}
