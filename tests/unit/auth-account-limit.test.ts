import { afterAll, describe, expect, it } from "vitest";
import { ACCOUNT_LIMIT, accountLockedFor, recordFailure } from "@/lib/auth/account-limit";
import { closeDb } from "@/lib/data/connection";
import { freshStore } from "../support/store";

afterAll(() => closeDb());

describe("failed sign-ins counted per account", () => {
  it("locks an account after the limit of failures within the window, for the rest of the window", async () => {
    await freshStore();
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < ACCOUNT_LIMIT.maxFailures - 1; i++) await recordFailure("Someone@Example.org", t0 + i);
    expect(await accountLockedFor("someone@example.org", t0 + 100)).toBe(0);
    await recordFailure("someone@example.org ", t0 + 200);
    expect(await accountLockedFor("someone@example.org", t0 + 1_000)).toBe(ACCOUNT_LIMIT.windowSeconds - 1);
    expect(await accountLockedFor("other@example.org", t0 + 1_000)).toBe(0);
  });

  it("starts a new window once the last one has passed", async () => {
    await freshStore();
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < ACCOUNT_LIMIT.maxFailures; i++) await recordFailure("a@example.org", t0);
    const later = t0 + ACCOUNT_LIMIT.windowSeconds * 1000 + 1;
    expect(await accountLockedFor("a@example.org", later)).toBe(0);
    await recordFailure("a@example.org", later);
    expect(await accountLockedFor("a@example.org", later + 1)).toBe(0);
  });
});
