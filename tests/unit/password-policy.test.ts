import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";

describe("the password policy of `npm run user -- add`", () => {
  it("refuses a password shorter than 10 characters", () => {
    expect(passwordProblem("Sh0rt!pw", "a@b.org")).toMatch(/too short/);
  });
  it("refuses one of the most common passwords, whatever its case", () => {
    expect(passwordProblem("Password123", "a@b.org")).toMatch(/common/);
  });
  it("refuses a long run of one or two characters", () => {
    expect(passwordProblem("aaaaaaaaaaaa", "a@b.org")).toMatch(/different/);
    expect(passwordProblem("abababababab", "a@b.org")).toMatch(/different/);
  });
  it("refuses a password holding the account's own name", () => {
    expect(passwordProblem("mariam-2026-atlas", "mariam@example.org")).toMatch(/name/);
  });
  it("accepts a long passphrase, in Arabic too", () => {
    expect(passwordProblem("correct horse battery", "a@b.org")).toBeNull();
    expect(passwordProblem("خريطة الولاءات ٢٠٢٦", "a@b.org")).toBeNull();
  });
});
