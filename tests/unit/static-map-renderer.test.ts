import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#c00"/></svg>`;

describe("PNG renderer processes", () => {
  it("rasterise in a child process that exits once idle, handing its memory back", async () => {
    process.env.STATIC_MAP_CHILD_IDLE_MS = "300";
    const { renderInChild, rendererPids } = await import("@/lib/static-map/png-pool");
    const { loadFonts } = await import("@/lib/static-map/fonts");
    const fonts = loadFonts();
    const job = { svg: SVG, scale: 2, fontFiles: fonts.map((f) => f.file), family: fonts[0]!.family };
    const jobs = [renderInChild(job), renderInChild(job)] as const;
    const pids = rendererPids();
    expect(pids.length, "one child per job in flight").toBe(2);
    expect(pids).not.toContain(process.pid);
    const [a, b] = await Promise.all(jobs);
    const png = PNG.sync.read(a);
    expect([png.width, png.height]).toEqual([80, 40]);
    expect(b.equals(a)).toBe(true);
    await new Promise((r) => setTimeout(r, 1000));
    expect(rendererPids()).toEqual([]);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  });

  it("reports a render error instead of hanging", async () => {
    const { renderInChild } = await import("@/lib/static-map/png-pool");
    await expect(renderInChild({ svg: "<not svg", scale: 1, fontFiles: [], family: "x" })).rejects.toThrow(/PNG render failed/);
  });
});
