// The PNG rasteriser's own process (lib/static-map/png-pool.ts forks it; Next never bundles it).
// resvg's pixmaps and encode buffers are native memory; in the server process glibc kept most of
// it after a burst (4.1 GB 30 s after 20 renders of 4096²). A child hands it all back when it
// exits, which the pool makes it do once idle. One job at a time; messages are
// { id, svg, scale, fontFiles, family } in and { id, png } or { id, error } out.
"use strict";
const { Resvg } = require("@resvg/resvg-js");

process.on("message", (job) => {
  try {
    const resvg = new Resvg(job.svg, {
      fitTo: { mode: "zoom", value: job.scale },
      font: { loadSystemFonts: false, fontFiles: job.fontFiles, defaultFontFamily: job.family },
      // The SVG also names the fonts a browser may have as fallbacks; resvg knows only its own.
      logLevel: "off",
    });
    const png = resvg.render().asPng();
    process.send({ id: job.id, png });
  } catch (e) {
    process.send({ id: job.id, error: String(e?.message || e) });
  }
});
// The server went away: so does this process.
process.on("disconnect", () => process.exit(0));
