import { describe, expect, it } from "vitest";
import { dropUnknownActors, fromParams } from "@/lib/view/url-codec";

const decode = (q: string) => fromParams(new URLSearchParams(q));
const KNOWN = new Set(["isis", "al-qaeda"]);

describe("groups a link names that the articles do not know", () => {
  it("are dropped from the view and named, beside a bad date, so the view is not silently empty", () => {
    const { view, issues } = dropUnknownActors(decode("actor=hamas&from=2017-99"), KNOWN);
    expect(view.actors).toEqual([]);
    expect(issues.map((i) => i.param).sort()).toEqual(["actor", "from"]);
    expect(issues.find((i) => i.param === "actor")?.value).toBe("hamas");
  });

  it("keep the known groups of the same link", () => {
    const { view, issues } = dropUnknownActors(decode("actor=isis,hamas,hezbollah"), KNOWN);
    expect(view.actors).toEqual(["isis"]);
    expect(issues).toEqual([expect.objectContaining({ param: "actor", value: "hamas,hezbollah" })]);
  });

  it("leave a link with only known groups untouched", () => {
    const decoded = decode("actor=isis");
    expect(dropUnknownActors(decoded, KNOWN)).toBe(decoded);
  });

  it("are named beside the malformed ids of the same parameter", () => {
    const { view, issues } = dropUnknownActors(decode("actor=isis,BAD!,hamas"), KNOWN);
    expect(view.actors).toEqual(["isis"]);
    expect(issues.filter((i) => i.param === "actor").map((i) => i.value)).toEqual(["isis,BAD!,hamas", "hamas"]);
  });
});
