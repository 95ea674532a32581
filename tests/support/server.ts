import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freshPostgresDatabase } from "./postgres";

/**
 * Starts the production server (`next start`, after `npm run build`) once for the API tests,
 * on a free loopback port, and stops it by its PID afterwards. The tests talk to it over HTTP.
 */
export async function freePort(): Promise<number> {
  const srv = createServer();
  srv.listen(0, "127.0.0.1");
  await once(srv, "listening");
  const port = (srv.address() as { port: number }).port;
  srv.close();
  return port;
}

export async function waitUntilUp(url: string, child: ChildProcess, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}: run \`npm run build\` first`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer at ${url} within ${ms} ms`);
}

let child: ChildProcess | undefined;

export async function setup(project: TestProject) {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // A store of its own, seeded from geodata/articles on first start, so tests may ingest into
  // it without touching the committed data or a developer's ./data/.
  const dataDir = mkdtempSync(join(tmpdir(), "atlas-api-"));
  process.env.ATLAS_DATA_DIR = dataDir;
  delete process.env.ATLAS_SEED_DIR;
  // On PostgreSQL (DATABASE_URL set: the second run of `npm test`), a new database per run.
  if (process.env.DATABASE_URL) process.env.DATABASE_URL = await freshPostgresDatabase(process.env.DATABASE_URL);
  child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  await waitUntilUp(`${baseURL}/api/layers`, child);
  project.provide("baseURL", baseURL);
  project.provide("dataDir", dataDir);
}

export async function teardown() {
  if (child?.pid && child.exitCode === null) {
    child.kill("SIGTERM");
    await once(child, "exit");
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    /** The server's ATLAS_DATA_DIR (a new store, seeded from geodata/articles). */
    dataDir: string;
  }
}

/**
 * Another `next start` for a test of its own (several instances on one store, a broken store),
 * on a free loopback port with `env` added; stop() ends it by PID.
 */
export async function startServer(env: Record<string, string | undefined>): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "ignore"],
    env: { ...process.env, NODE_ENV: "production", ...env },
  });
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill("SIGTERM");
      await once(server, "exit");
    }
  };
  try {
    // A layer from committed geodata: answers even when the store is broken.
    await waitUntilUp(`${baseURL}/api/layers/countries`, server);
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseURL, stop };
}
