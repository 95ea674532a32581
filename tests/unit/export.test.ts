import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { boundaryIndex } from "@/lib/geo/boundaries";
import { BOM, csvCell, toCsv } from "@/lib/export/csv";
import { exportGeojson } from "@/lib/export/geojson";
import { COLUMNS, exportRows } from "@/lib/export/rows";
import type { ClaimRow } from "@/lib/view/dashboard-model";
import { modelInputs } from "@/lib/view/load-model";

const claim = (over: Partial<ClaimRow>): ClaimRow => ({
  id: "c-1",
  article: "a-1",
  passageId: "p-1",
  kind: "pledge",
  summary: "A pledge",
  actors: ["isis"],
  fromActor: "isis",
  toActor: "al-qaeda",
  places: [{ id: "country:IRQ", nameEn: "Iraq", nameAr: "العراق", precision: "country" }],
  countries: ["IRQ"],
  date: { value: "2017-08", precision: "month", inferred: true },
  certainty: "reported",
  attribution: null,
  quote: "قالت مصادر",
  span: { start: 0, end: 10 },
  drawn: true,
  mark: null,
  ...over,
});

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks, doubling quotes (RFC 4180)", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "x"')).toBe('"say ""x"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("guards cells a spreadsheet would run as a formula with a leading apostrophe", () => {
    for (const f of ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(f).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("2017-08")).toBe("2017-08");
  });

  it("writes a BOM, CRLF line ends and round-trips through a parser with Arabic intact", () => {
    const rows = exportRows([claim({ summary: "=cmd|' /C calc'!A0", quote: 'قال "مصدر"، في الرقة\nسطر' })], new Map([["a-1", "عنوان, مع فاصلة"]]), "http://h", "ar");
    const csv = toCsv(COLUMNS, rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.split("\r\n")[0]).toBe(`${BOM}${COLUMNS.join(",")}`);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const row = parsed.data[0]!;
    expect(row.quote).toBe('قال "مصدر"، في الرقة\nسطر');
    expect(row.article_title).toBe("عنوان, مع فاصلة");
    expect(row.summary).toBe("'=cmd|' /C calc'!A0");
    expect(row.kind_label).toBe("مبايعة");
    expect(row.passage_url).toBe("http://h/articles/a-1#p-1");
    expect(row.place_name_ar).toBe("العراق");
  });
});

describe("export rows and GeoJSON", () => {
  it("gives one row per claim and place, and a claim with no place one row with empty place columns", () => {
    const rows = exportRows(
      [
        claim({
          places: [
            { id: "country:IRQ", nameEn: "Iraq", nameAr: "العراق", precision: "country" },
            { id: "country:SYR", nameEn: "Syria", nameAr: "سوريا", precision: "country" },
          ],
        }),
        claim({ id: "c-2", places: [], drawn: false }),
      ],
      new Map(),
      "",
      "en",
    );
    expect(rows.map((r) => [r.claim_id, r.place_id])).toEqual([
      ["c-1", "country:IRQ"],
      ["c-1", "country:SYR"],
      ["c-2", ""],
    ]);
  });

  it("draws places at their precision and keeps unplaced claims with a null geometry", async () => {
    const rows = exportRows([claim({}), claim({ id: "c-2", places: [], drawn: false })], new Map(), "", "en");
    const fc = exportGeojson(rows, (await modelInputs()).places, boundaryIndex());
    expect(fc.features[0]?.geometry?.type).toBe("MultiPolygon");
    expect(fc.features[0]?.id).toBe("c-1@country:IRQ");
    expect(fc.features[1]?.geometry).toBeNull();
    expect(fc.features[1]?.properties.claim_id).toBe("c-2");
  });
});
