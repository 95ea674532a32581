import { describe, expect, inject, it } from "vitest";
import { expectJsonError } from "../support/http";

const base = inject("baseURL");
const get = (path: string) => fetch(`${base}${path}`);

type Comparison = {
  regions: { code: string; placeId: string; areaKm2: number | null; bbox: number[] | null }[];
  rows: { id: string; cells: { value: number | null; text: string | null; items: string[] }[]; leaders: number[] }[];
  names: Record<string, { nameEn: string; nameAr: string }>;
};

describe("GET /api/compare", () => {
  it("compares two countries row by row, in the order asked", async () => {
    const res = await get("/api/compare?regions=SYR,irq");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Comparison;
    expect(body.regions.map((r) => r.code)).toEqual(["SYR", "IRQ"]);
    const row = (id: string) => body.rows.find((r) => r.id === id)!;
    expect(row("loss").cells.map((c) => c.value)).toEqual([60, 60]);
    expect(row("claims").cells.every((c) => (c.value ?? 0) > 0)).toBe(true);
    // Natural Earth's Iraq is about 435,000 km², Syria about 187,000 km².
    const [syr, irq] = body.regions.map((r) => r.areaKm2!);
    expect(irq).toBeGreaterThan(400_000);
    expect(irq).toBeLessThan(470_000);
    expect(syr).toBeGreaterThan(170_000);
    expect(syr).toBeLessThan(200_000);
    expect(row("area").leaders).toEqual([1]);
  });

  it("reads named regions and provinces, and names the actors its cells list", async () => {
    const body = (await (await get("/api/compare?regions=sahel,ne-nigeria,SY-RA")).json()) as Comparison;
    expect(body.regions.map((r) => r.placeId)).toEqual(["region:sahel", "region:ne-nigeria", "province:SY-RA"]);
    const shifts = body.rows.find((r) => r.id === "shifts")!;
    expect(shifts.cells[1]!.items.length).toBeGreaterThan(0);
    for (const id of shifts.cells.flatMap((c) => c.items).flatMap((s) => s.split(">"))) expect(body.names[id]?.nameEn, id).toBeTruthy();
  });

  it("answers malformed, repeated, too few or too many regions with a 400", async () => {
    await expectJsonError(await get("/api/compare?regions=IRQ,%3Cscript%3E"), 400, "bad_request");
    await expectJsonError(await get("/api/compare?regions=IRQ,irq"), 400, "bad_request");
    expect(await expectJsonError(await get("/api/compare?regions=IRQ"), 400, "bad_request")).toMatch(/at least 2/);
    expect(await expectJsonError(await get("/api/compare?regions=IRQ,SYR,NER,YEM,AFG"), 400, "bad_request")).toMatch(/at most 4/);
    await expectJsonError(await get("/api/compare"), 400, "bad_request");
    await expectJsonError(await get("/api/compare?regions=IRQ,SYR&region=NER"), 400, "bad_request");
    await expectJsonError(await get("/api/compare?regions=IRQ,SYR&regions=NER"), 400, "bad_request");
  });

  it("answers well-formed codes that name nothing known with a 404", async () => {
    expect(await expectJsonError(await get("/api/compare?regions=IRQ,FRA"), 404, "not_found")).toMatch(/FRA/);
    await expectJsonError(await get("/api/compare?regions=IRQ,SY-ZZ"), 404, "not_found");
    await expectJsonError(await get("/api/compare?regions=IRQ,atlantis"), 404, "not_found");
  });
});
