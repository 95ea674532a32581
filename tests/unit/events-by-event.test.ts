import { describe, expect, it } from "vitest";
import { byEvent } from "@/lib/events/by-event";

describe("rows by event", () => {
  it("puts every report of one event together, in the order events first appear", () => {
    const rows = [{ id: "c-1", event: "e-1", sources: 2 }, { id: "c-2", event: "e-2", sources: 1 }, { id: "c-3", event: "e-1", sources: 2 }, { id: "c-4" }];
    expect(byEvent(rows).map((g) => [g.event, g.sources, g.rows.map((r) => r.id)])).toEqual([
      ["e-1", 2, ["c-1", "c-3"]],
      ["e-2", 1, ["c-2"]],
      ["c-4", 1, ["c-4"]],
    ]);
  });
});
