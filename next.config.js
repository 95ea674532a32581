// @ts-check

// Everything the app loads comes from its own origin; the policy makes that a rule the browser
// enforces, not only a habit. No 'unsafe-eval' (MapLibre 6 needs none; its worker is a file we
// serve) and no 'unsafe-inline' for scripts: pages get the same policy with a per-request script
// nonce from proxy.ts (lib/web/csp.ts pageCsp, which must list the same directives), which
// replaces this one on HTML answers; this one covers files, API answers and errors. Dev mode
// needs eval for hot reload, so the policy is production-only; the other headers apply everywhere.
/** @param {string} frameAncestors */
const csp = (frameAncestors) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");

// Paths other sites may show in a frame, with who may frame them: only the embed view, by anyone.
// Later header rules override earlier ones for the same key, so this only relaxes
// frame-ancestors on those paths.
// (No X-Frame-Options: it cannot be relaxed per path that way, and every browser the map runs in,
// WebGL 2 being required, honours CSP frame-ancestors.)
/** @type {{ source: string; frameAncestors: string }[]} */
const FRAMEABLE = [{ source: "/embed", frameAncestors: "*" }];

// Files other sites may load into their own pages: the static map images (an oEmbed thumbnail,
// an <img> in a report). Everything else stays same-origin.
const SHAREABLE = ["/api/static-map.svg", "/api/static-map.png"];

// Features the app never uses are switched off for it and for anything it might frame.
const PERMISSIONS = [
  "accelerometer=()",
  "bluetooth=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "serial=()",
  "usb=()",
].join(", ");

const production = process.env.NODE_ENV === "production";

// MapLibre is served from public/maplibre/{version}/ (scripts/copy-static-assets.mjs): the
// version in the URL lets browsers keep it for good instead of asking again on every visit.
const MAPLIBRE_VERSION = require("maplibre-gl/package.json").version;

/** @param {string} frameAncestors */
const cspHeader = (frameAncestors) => (production ? [{ key: "Content-Security-Policy", value: csp(frameAncestors) }] : []);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets two builds live side by side (parallel work, a bench against a branch);
  // `next start` must see the same value as the build it serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // A native addon (the static-map PNG renderer): required from node_modules at run time.
  serverExternalPackages: ["@resvg/resvg-js"],
  poweredByHeader: false,
  env: { MAPLIBRE_VERSION },
  async headers() {
    const security = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: PERMISSIONS },
      // Another site's window opened from here (or opening us) gets no handle on this one.
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      // Other sites cannot pull the app's files or data into their pages with no-cors loads.
      { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
      ...cspHeader("'none'"),
    ];
    return [
      { source: "/:path*", headers: security },
      ...FRAMEABLE.map(({ source, frameAncestors }) => ({ source, headers: cspHeader(frameAncestors) })),
      ...SHAREABLE.map((source) => ({ source, headers: [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }] })),
      { source: "/maplibre/:version/:file", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
};

module.exports = nextConfig;
