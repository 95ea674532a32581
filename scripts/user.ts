/**
 * `npm run user -- <command>`: accounts and API tokens (issue 15 §1).
 *   add EMAIL --role admin|editor [--name NAME]   password from stdin (never argv), refused when weak
 *   list | remove EMAIL | role EMAIL admin|editor | signout EMAIL (ends every session)
 *   token EMAIL (prints a new token once) | tokens EMAIL | token revoke ID
 * Every failure ends with one line on stderr: exit 2 for usage, 1 for anything else.
 */
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { passwordProblem } from "../lib/auth/password-policy";
import { createToken, revokeToken, tokensOf } from "../lib/auth/tokens";
import { addUser, findUser, listUsers, removeUser, revokeSessions, setRole, UserError } from "../lib/auth/users";
import { cliActor } from "../lib/data/audit";
import { closeDb, db } from "../lib/data/connection";
import { DataError } from "../lib/data/errors";

const USAGE = "usage: npm run user -- add EMAIL --role admin|editor | list | remove EMAIL | role EMAIL admin|editor | signout EMAIL | token EMAIL | tokens EMAIL | token revoke ID";

class UsageError extends Error {}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function email(v: string | undefined): string {
  if (!v || !EMAIL.test(v)) throw new UsageError(v ? `not an email address: ${v}` : "an email address is needed");
  return v;
}

function role(v: string | undefined): "admin" | "editor" {
  if (v !== "admin" && v !== "editor") throw new UsageError(`the role is admin or editor${v ? `, not ${v}` : ""}`);
  return v;
}

/** The password: typed without echo on a terminal, or the first line of piped stdin. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    let muted = false;
    const out = new Writable({
      write: (chunk, _enc, cb) => {
        if (!muted) process.stderr.write(chunk);
        cb();
      },
    });
    const rl = createInterface({ input: process.stdin, output: out, terminal: true });
    const ask = (q: string) =>
      new Promise<string>((resolve) => {
        muted = false;
        process.stderr.write(q);
        muted = true;
        rl.question("", (a) => {
          process.stderr.write("\n");
          resolve(a);
        });
      });
    const a = await ask("password: ");
    const b = await ask("again: ");
    rl.close();
    if (a !== b) throw new UserError("the two passwords differ");
    return a;
  }
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  const k = await (async () => (cmd ? db() : Promise.reject(new UsageError("a command is needed"))))();
  const by = cliActor();
  switch (cmd) {
    case "add": {
      const addr = email(rest[0]);
      const r = rest.indexOf("--role");
      const n = rest.indexOf("--name");
      const chosen = role(r >= 0 ? rest[r + 1] : undefined);
      if (await findUser(k, addr)) throw new UserError(`${addr.toLowerCase()} already has an account`);
      const password = await readPassword();
      const problem = passwordProblem(password, addr);
      if (problem) throw new UserError(`refused: ${problem}`);
      await addUser(k, { email: addr, password, role: chosen, name: n >= 0 ? rest[n + 1] : undefined }, by);
      process.stdout.write(`${addr.toLowerCase()}: added as ${chosen}\n`);
      return 0;
    }
    case "list": {
      for (const u of await listUsers(k)) process.stdout.write(`${u.email}\t${u.role}\t${u.sessions} session(s)\tsince ${u.createdAt.slice(0, 10)}\n`);
      return 0;
    }
    case "remove":
      await removeUser(k, email(rest[0]), by);
      process.stdout.write(`${rest[0]!.toLowerCase()}: removed, with its sessions and tokens\n`);
      return 0;
    case "role":
      await setRole(k, email(rest[0]), role(rest[1]), by);
      process.stdout.write(`${rest[0]!.toLowerCase()}: now ${rest[1]}\n`);
      return 0;
    case "signout":
      process.stdout.write(`${rest[0]!.toLowerCase()}: ${await revokeSessions(k, email(rest[0]))} session(s) ended\n`);
      return 0;
    case "token": {
      if (rest[0] === "revoke") {
        if (!rest[1]) throw new UsageError("token revoke needs the token's id (see `tokens EMAIL`)");
        if (!(await revokeToken(k, rest[1]))) throw new UserError(`no live token ${rest[1]}`);
        process.stdout.write(`token ${rest[1]}: revoked\n`);
        return 0;
      }
      const u = await findUser(k, email(rest[0]));
      if (!u) throw new UserError(`no user ${rest[0]!.toLowerCase()}`);
      const t = await createToken(k, u.id);
      process.stderr.write(`token ${t.id} for ${u.email} (${u.role}); shown once, keep it secret:\n`);
      process.stdout.write(`${t.token}\n`);
      return 0;
    }
    case "tokens": {
      const u = await findUser(k, email(rest[0]));
      if (!u) throw new UserError(`no user ${rest[0]!.toLowerCase()}`);
      for (const t of await tokensOf(k, u.id))
        process.stdout.write(`${t.id}\tcreated ${t.createdAt}\tlast used ${t.lastUsedAt ?? "never"}\t${t.revokedAt ? `revoked ${t.revokedAt}` : "live"}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command: ${cmd}`);
  }
}

main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((e) => {
    const msg = (e as Error).message.split("\n")[0] ?? String(e);
    if (e instanceof UsageError) {
      process.stderr.write(`user: ${msg}; ${USAGE.replace("usage: ", "usage: ")}\n`);
      process.exitCode = 2;
    } else {
      const plain = e instanceof UserError || e instanceof DataError;
      process.stderr.write(`user: ${plain ? msg : `failed: ${msg}`}\n`);
      process.exitCode = 1;
    }
  })
  .finally(() => closeDb());
