import type { Metadata } from "next";
import { BaselineMap } from "./BaselineMap";

// Exists for `npm run bench` only: the dashboard's transfer size and time to map idle are budgeted
// as ratios against this page, which draws the same base layers with the same MapLibre build
// and nothing else. Not linked from anywhere and kept out of search indexes.
export const metadata: Metadata = {
  title: "Benchmark baseline",
  robots: { index: false, follow: false },
};

export default function BenchBaselinePage() {
  return (
    <div style={{ width: "100vw", height: "100vh" }}>
      <BaselineMap />
    </div>
  );
}
