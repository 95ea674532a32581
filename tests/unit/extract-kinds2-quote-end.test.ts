import { describe, expect, it } from "vitest";
import { splitPassages } from "@/lib/text/passages";

/** A quotation that ends with a full stop ends its sentence when a new sentence follows it. */
const texts = (t: string) => splitPassages(t).map((p) => p.text);

describe("sentence ends after a closing quote", () => {
  it("ends the sentence at a closing quote after a full stop when a capital follows", () => {
    expect(texts('The chief said: "The district has fallen and the police have fled the area." The insurgents pressed on.')).toEqual([
      'The chief said: "The district has fallen and the police have fled the area."',
      "The insurgents pressed on.",
    ]);
    expect(texts("He said “Kunduz fell on Monday.” Troops later retook it.")).toEqual(["He said “Kunduz fell on Monday.”", "Troops later retook it."]);
  });

  it("ends an Arabic sentence at «...». unless the attribution goes on after it", () => {
    expect(texts("قال المتحدث: «سقطت المدينة بيد المسلحين.» وهاجم التنظيم بلدة أخرى.")).toEqual(["قال المتحدث: «سقطت المدينة بيد المسلحين.»", "وهاجم التنظيم بلدة أخرى."]);
    expect(texts("«سقطت المدينة.» قال المتحدث ذلك أمس.")).toHaveLength(1);
  });

  it("keeps one sentence when the quote ends with a comma or the sentence goes on in lower case", () => {
    expect(texts('"We will fight on," he said. The army denied it.')).toEqual(['"We will fight on," he said.', "The army denied it."]);
    expect(texts('He shouted "Stop!" and ran.')).toHaveLength(1);
  });
});
