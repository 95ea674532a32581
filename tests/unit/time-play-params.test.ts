import { describe, expect, it } from "vitest";
import { compareHref } from "@/lib/compare/url";
import { withPlayState } from "@/lib/time/play-params";
import { fromParams } from "@/lib/view/url-codec";

describe("playback's state in a page's URL", () => {
  it("sets at, play and window and keeps the page's other parameters", () => {
    expect(withPlayState("?lang=ar", { at: "2017-10", play: "window", window: 3 })).toBe("?lang=ar&at=2017-10&play=window&window=3");
  });
  it("keeps a list's commas readable", () => {
    expect(withPlayState("?regions=IRQ,SYR", { at: "2017-10", play: "cumulative", window: 6 })).toBe("?regions=IRQ,SYR&at=2017-10");
  });
  it("replaces what was there, and leaves defaults out", () => {
    expect(withPlayState("?at=2016-01&play=window&window=3&lang=ar", { at: "2017-02", play: "cumulative", window: 3 })).toBe("?lang=ar&at=2017-02");
    expect(withPlayState("?at=2016-01", { at: null, play: "cumulative", window: 6 })).toBe("");
  });
  it("writes what the view codec reads back", () => {
    const s = { at: "2017-10", play: "window" as const, window: 12 };
    const { view } = fromParams(new URLSearchParams(withPlayState("", s)));
    expect({ at: view.at, play: view.play, window: view.window }).toEqual(s);
  });
  it("survives the comparison's own links (a camera move, a region added)", () => {
    const href = compareHref({ codes: ["IRQ", "SYR"], camera: null, mode: "side", lang: "en", play: { at: "2017-10", play: "cumulative", window: 6 } });
    expect(href).toBe("/compare?regions=IRQ,SYR&at=2017-10");
  });
});
