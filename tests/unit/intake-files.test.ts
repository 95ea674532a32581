import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { PDF_REFUSAL, readArticleFile } from "@/lib/intake/files";

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

describe("readArticleFile: uploaded articles to text", () => {
  it("reads a .docx's paragraphs as paragraphs, Arabic in reading order", async () => {
    const r = await readArticleFile({ name: "mosul.docx", bytes: readFileSync("tests/fixtures/intake/mosul.docx") });
    expect(r.text.split("\n\n")).toEqual([
      "تنظيم الدولة يخسر الموصل",
      "أعلنت القوات العراقية استعادة السيطرة على مدينة الموصل من تنظيم الدولة.",
      "Boko Haram attacked Maiduguri on Monday.",
    ]);
    expect(r.prefill.lang).toBe("ar");
  });

  it("reads .txt as UTF-8 with a BOM and as Windows-1256 when it is not UTF-8, with a title from the file name", async () => {
    const bom = await readArticleFile({ name: "raqqa_report.txt", bytes: Buffer.from("\uFEFFISIS lost Raqqa.\r\n", "utf8") });
    expect(bom.text).toBe("ISIS lost Raqqa.");
    expect(bom.prefill).toEqual({ title: "raqqa report", lang: "en" });
    const cp1256 = await readArticleFile({ name: "a.txt", bytes: Buffer.from([0xc7, 0xe1, 0xe3, 0xe6, 0xd5, 0xe1]) });
    expect(cp1256.text).toBe("الموصل");
    expect(cp1256.prefill.lang).toBe("ar");
  });

  it("reads .html through Readability like a fetched page", async () => {
    const r = await readArticleFile({ name: "page.html", bytes: readFileSync("tests/fixtures/intake/arabic-page.html") });
    expect(r.text).toContain("استعادة السيطرة الكاملة على مدينة الموصل");
    expect(r.prefill.published?.value).toBe("2017-07-10");
  });

  it("refuses a PDF with a message that says what to do instead", async () => {
    const e = await failure(readArticleFile({ name: "report.PDF", bytes: Buffer.from("%PDF-1.4\n") }));
    expect(e.status).toBe(415);
    expect(e.message).toBe(PDF_REFUSAL);
  });

  it("refuses other types with 415, binary .txt with 415, over 2 MB with 413 and an empty file with 422", async () => {
    expect((await failure(readArticleFile({ name: "x.exe", bytes: Buffer.from("MZ") }))).status).toBe(415);
    expect((await failure(readArticleFile({ name: "x.txt", bytes: Buffer.from([0x41, 0, 0x42]) }))).status).toBe(415);
    expect((await failure(readArticleFile({ name: "x.txt", bytes: Buffer.alloc(2 * 1024 * 1024 + 1, 0x61) }))).status).toBe(413);
    expect((await failure(readArticleFile({ name: "x.txt", bytes: Buffer.from(" \n ") }))).status).toBe(422);
    expect((await failure(readArticleFile({ name: "x.docx", bytes: Buffer.from("not a zip") }))).status).toBe(422);
  });
});
