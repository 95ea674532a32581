import { describe, expect, it } from "vitest";
import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/** One sense per discourse: a place name that is also a word, once named as a place, stays that place. */
const m = loadMatchers();
const published = { value: "2017-07-10", precision: "day" as const, inferred: false };
const mentionsIn = (text: string, lang: "ar" | "en", passage: number) => {
  const r = ingestText(text, { slug: "t", lang, published }, m);
  const id = r.article.passages[passage]!.id;
  return r.places.filter((p) => p.mentions.some((x) => x.passageId === id)).map((p) => `${p.id} ${p.nameEn}`);
};

describe("discourse: a place named once is that place again", () => {
  it("'تدمر' (also 'destroys') is Palmyra after the article named 'مدينة تدمر', and not before", () => {
    expect(mentionsIn("سيطر الجيش على مدينة تدمر يوم الأحد.\n\nوكان تنظيم داعش قد سيطر على تدمر عام 2015.", "ar", 1)).toEqual(["city:163808 Palmyra"]);
    expect(mentionsIn("قال الجيش إن الغارات لم تستهدف المدنيين.\n\nوكان تنظيم داعش قد سيطر على تدمر عام 2015.", "ar", 1)).toEqual([]);
  });
  it("'Bama' is the town after 'the town of Bama', and not in a story that never named it as a place", () => {
    expect(mentionsIn("Troops recaptured the town of Bama on Monday.\n\nThe militants had used Bama as a base.", "en", 1)).toContainEqual(expect.stringMatching(/ Bama$/));
    expect(mentionsIn("Troops recaptured Maiduguri on Monday.\n\nThe militants had used Bama as a base.", "en", 1)).not.toContainEqual(expect.stringMatching(/ Bama$/));
  });
  it("takes the sense the article named: 'بالبيضاء' after 'محافظة البيضاء' is the province, not the town", () => {
    expect(mentionsIn("نفذت قوات أمريكية عملية في محافظة البيضاء وسط اليمن.\n\nوينشط مقاتلو القاعدة منذ سنوات في المناطق القبلية بالبيضاء.", "ar", 1)).toEqual([
      "province:YE-BA Al Bayda'",
    ]);
  });
});
