import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MapStatus } from "@/components/map/MapStatus";

const render = (state: Parameters<typeof MapStatus>[0]["state"], lang: "en" | "ar") => renderToStaticMarkup(createElement(MapStatus, { state, lang, onRetry: () => {} }));

describe("the map's loading and error states", () => {
  it("speak the interface language", () => {
    expect(render({ kind: "loading" }, "ar")).toContain("جارٍ تحميل الخريطة…");
    expect(render({ kind: "error", message: "mapLayerFailed" }, "ar")).toContain("تعذّر تحميل إحدى طبقات الخريطة من الخادم.");
    expect(render({ kind: "error", message: "mapLayerFailed" }, "ar")).toContain("إعادة المحاولة");
    expect(render({ kind: "error", message: "mapNoWebgl" }, "en")).toContain("it needs WebGL 2");
  });

  it("draws nothing once the map is ready", () => {
    expect(render({ kind: "ready" }, "ar")).toBe("");
  });
});
