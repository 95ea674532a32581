import { execFileSync } from "node:child_process";

/**
 * Whether GDAL's `ogrinfo` is installed (it reads our GeoPackage and KML as QGIS would). Without
 * it the GDAL checks are skipped, and the file saying so names itself in one warning line.
 */
export function hasOgrinfo(testFile: string): boolean {
  try {
    execFileSync("ogrinfo", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    console.warn(`${testFile}: skipped the GDAL checks: ogrinfo is not installed (apt-get install gdal-bin)`);
    return false;
  }
}
