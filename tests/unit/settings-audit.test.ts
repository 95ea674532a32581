import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditOf, recordAudit } from "@/lib/data/audit";
import { closeDb, db } from "@/lib/data/connection";
import { getSetting, setSetting, settingOnce } from "@/lib/data/settings";
import { freshStore } from "../support/store";

const ADMIN = { id: "u1", email: "admin@example.org" };

beforeAll(async () => {
  await freshStore();
});
afterAll(async () => {
  await closeDb();
});

describe("settings", () => {
  it("answers the default for a setting never set: auto-accept is off", async () => {
    expect(await getSetting("review.autoAcceptAbove")).toBeNull();
    expect(await getSetting("fetch.allowPrivateAddresses")).toBe(false);
  });

  it("stores a setting, and records who changed it from what to what", async () => {
    await setSetting("review.autoAcceptAbove", 0.9, ADMIN);
    await setSetting("review.autoAcceptAbove", 0.8, ADMIN);
    expect(await getSetting("review.autoAcceptAbove")).toBe(0.8);
    const trail = await auditOf(await db(), "setting", "review.autoAcceptAbove");
    expect(trail.map((e) => [e.before, e.after])).toEqual([
      [0.9, 0.8],
      [null, 0.9],
    ]);
    expect(trail[0]!.actor.email).toBe("admin@example.org");
  });

  it("refuses a value its schema does not allow, and keeps the old one", async () => {
    await expect(setSetting("review.autoAcceptAbove", 1.5, ADMIN)).rejects.toThrow();
    expect(await getSetting("review.autoAcceptAbove")).toBe(0.8);
  });

  it("keeps the first value stored once, so two instances starting together agree", async () => {
    const [a, b] = await Promise.all([settingOnce("auth.secret", "a".repeat(40)), settingOnce("auth.secret", "b".repeat(40))]);
    expect(a).toBe(b);
    expect(await settingOnce("auth.secret", "c".repeat(40))).toBe(a);
  });

  it("never writes a secret's value into the audit trail", async () => {
    await setSetting("auth.secret", "s".repeat(40), ADMIN);
    const trail = await auditOf(await db(), "setting", "auth.secret");
    expect(JSON.stringify(trail)).not.toContain("sss");
  });
});

describe("the audit trail", () => {
  it("records an entry in the caller's transaction, and loses it when that transaction fails", async () => {
    const d = await db();
    await d
      .transaction()
      .execute((trx) => recordAudit(trx, { actor: ADMIN, entity: "claim", entityId: "a/c1", action: "accept", before: { status: "proposed" }, after: { status: "accepted" } }));
    await expect(
      d.transaction().execute(async (trx) => {
        await recordAudit(trx, { actor: ADMIN, entity: "claim", entityId: "a/c1", action: "reject", before: null, after: null });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const trail = await auditOf(d, "claim", "a/c1");
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: "accept", before: { status: "proposed" }, after: { status: "accepted" }, actor: ADMIN });
    expect(Date.parse(trail[0]!.at)).not.toBeNaN();
  });
});
