import { describe, expect, it } from "vitest";
import { sourceSummary } from "@/lib/view/source-summary";

const d = (value: string) => ({ value, precision: (value.length === 4 ? "year" : value.length === 7 ? "month" : "day") as "year" | "month" | "day", inferred: false });

describe("the sources behind a view", () => {
  it("count articles, distinct outlets and articles that name none", () => {
    const s = sourceSummary([{ slug: "a", source: "Reuters" }, { slug: "b", source: " reuters " }, { slug: "c", source: "Al Jazeera" }, { slug: "d" }], []);
    expect(s).toMatchObject({ articles: 4, outlets: 2, unnamed: 1 });
  });

  it("give the latest publication date, or none when no article states one", () => {
    expect(sourceSummary([{ slug: "a", published: d("2017-11") }, { slug: "b", published: d("2018") }, { slug: "c" }], []).latest?.value).toBe("2018");
    expect(sourceSummary([{ slug: "a" }], []).latest).toBeNull();
  });

  it("count as reviewed only the claims of curated articles", () => {
    const s = sourceSummary(
      [
        { slug: "a", curated: true },
        { slug: "b", curated: false },
      ],
      [{ article: "a" }, { article: "b" }, { article: "b" }],
    );
    expect(s).toMatchObject({ reviewed: 1, claims: 3 });
  });
});
