import { describe, expect, it } from "vitest";
import { exportRows } from "@/lib/export/rows";
import { messages } from "@/lib/i18n/messages";
import { claimCounts } from "@/lib/view/claim-counts";
import { claimRows, dashboardModel } from "@/lib/view/dashboard-model";
import { NO_FILTERS } from "@/lib/view/view-state";
import { claim, PLACES, ref } from "../fixtures/layers/world";

const ACTORS = [{ id: "isis", nameEn: "ISIS", nameAr: "داعش", color: "#111111" }];
// Three claims: one naming two places, one naming one, one naming none among the seven.
const CLAIMS = [
  claim({ kind: "recruitment", places: [ref("country:SYR"), ref("country:IRQ")], countries: ["SYR", "IRQ"] }),
  claim({ kind: "territorial-loss", places: [ref("city:1")] }),
  claim({ kind: "recruitment", places: [] }),
];
const input = { claims: CLAIMS, places: PLACES, actors: ACTORS };

describe("the one count definition of a view", () => {
  it("counts every claim once and one claim–place row per claim and place, one for a claim with none", () => {
    expect(claimCounts(claimRows(input, NO_FILTERS))).toEqual({ claims: 3, claimPlaceRows: 4 });
  });

  it("gives the dashboard model the CSV's own number of rows", () => {
    const rows = claimRows(input, NO_FILTERS);
    const model = dashboardModel(input, NO_FILTERS);
    expect(model.claimsTotal).toBe(3);
    expect(model.claimPlaceRows).toBe(exportRows(rows, new Map(), "http://x", "en").length);
  });

  it("says what it counts, in both languages", () => {
    expect(messages("en").countLine(19, 23)).toBe("19 claims · 23 claim–place rows");
    expect(messages("en").countLine(1, 1)).toBe("1 claim · 1 claim–place row");
    expect(messages("ar").countLine(19, 23)).toMatch(/الادعاءات.*19.*ادعاء–مكان.*23/);
  });
});
