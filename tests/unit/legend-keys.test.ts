import { describe, expect, it } from "vitest";
import { dashboardModel } from "@/lib/view/dashboard-model";
import { shiftKey } from "@/lib/view/legend-keys";
import { NO_FILTERS } from "@/lib/view/view-state";
import { claim, PLACES, ref } from "../fixtures/layers/world";

const ACTORS = [
  { id: "isis", nameEn: "ISIS", nameAr: "داعش", color: "#1f1f1f", kind: "group" as const },
  { id: "al-qaeda", nameEn: "al-Qaeda", nameAr: "القاعدة", color: "#8c2d04", kind: "group" as const },
  { id: "taliban", nameEn: "Taliban", nameAr: "طالبان", color: "#2c7fb8", kind: "group" as const },
  { id: "abu-bakr-al-baghdadi", nameEn: "Abu Bakr al-Baghdadi", nameAr: "أبو بكر البغدادي", color: "#1f1f1f", kind: "person" as const, affiliation: ["isis"] },
];

const model = dashboardModel(
  {
    claims: [
      claim({ kind: "defection", actors: ["isis", "al-qaeda", "abu-bakr-al-baghdadi"], fromActor: "isis", toActor: "al-qaeda", places: [ref("country:SYR")] }),
      claim({ kind: "presence", actors: ["taliban"], places: [ref("country:IRQ")] }),
    ],
    places: PLACES,
    actors: ACTORS,
  },
  NO_FILTERS,
);

describe("the shift key", () => {
  it("lists the colours of the groups people moved to, and only those", () => {
    expect(shiftKey(model.actors, model.marks).colours.map((a) => a.id)).toEqual(["al-qaeda"]);
  });
  it("lists a person apart from the groups, with the group they belong to", () => {
    const key = shiftKey(model.actors, model.marks);
    expect(key.colours.map((a) => a.id)).not.toContain("abu-bakr-al-baghdadi");
    expect(key.people.map((p) => [p.id, p.of.map((g) => g.id)])).toEqual([["abu-bakr-al-baghdadi", ["isis"]]]);
  });
});
