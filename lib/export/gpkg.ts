import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import BetterSqlite3 from "better-sqlite3";
import type { Geometry as GeoJsonGeometry } from "geojson";
import wkx from "wkx";
import type { ExportCollection } from "./geojson";
import { COLUMNS, type Column } from "./rows";

/**
 * The view's rows as an OGC GeoPackage 1.4 (http://www.opengis.net/doc/IS/geopackage/1.4): one
 * feature table `claims` in WGS 84, geometry blobs = GeoPackageBinary header + WKB written by
 * wkx. The geometry column is GEOMETRY: a town is a point and a province its area in one table,
 * drawn at its precision as in the GeoJSON (never a centroid for an area).
 */
export const GPKG_TABLE = "claims";
const SRS_WGS84 = 4326;
/** Columns that hold counts or codes: typed so a GIS filters them as numbers. */
const INTEGER_COLUMNS: ReadonlySet<Column> = new Set(["sources", "credibility", "where_prec", "date_prec"]);

const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]';

type Envelope = [number, number, number, number]; // minx, maxx, miny, maxy

function envelopeOf(g: GeoJsonGeometry): Envelope {
  const e: Envelope = [Infinity, -Infinity, Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === "number") {
      const [x, y] = c as [number, number];
      e[0] = Math.min(e[0], x);
      e[1] = Math.max(e[1], x);
      e[2] = Math.min(e[2], y);
      e[3] = Math.max(e[3], y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  visit("coordinates" in g ? g.coordinates : null);
  return e;
}

/** GeoPackageBinary (spec §2.1.3): "GP", version 0, flags (little endian, xy envelope), srs id, envelope, WKB. */
export function gpkgGeometry(g: GeoJsonGeometry): Buffer {
  const wkb = wkx.Geometry.parseGeoJSON(g).toWkb();
  const header = Buffer.alloc(8 + 32);
  header.write("GP", 0, "ascii");
  header.writeUInt8(0, 2);
  header.writeUInt8(0b0000_0011, 3); // envelope contents 1 (minx, maxx, miny, maxy), little-endian
  header.writeInt32LE(SRS_WGS84, 4);
  envelopeOf(g).forEach((v, i) => {
    header.writeDoubleLE(v, 8 + i * 8);
  });
  return Buffer.concat([header, wkb]);
}

const quoteId = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Writes the collection to a new GeoPackage file at `file`. */
export function writeGpkg(file: string, collection: ExportCollection, identifier = "Allegiance Atlas claims"): void {
  const db = new BetterSqlite3(file);
  try {
    db.pragma("application_id = 1196444487"); // 0x47504B47, "GPKG"
    db.pragma("user_version = 10400");
    db.pragma("journal_mode = OFF");
    db.exec(`
      CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
      CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
      CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
    `);
    const srs = db.prepare("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)");
    srs.run("WGS 84 geodetic", SRS_WGS84, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");
    srs.run("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system");
    srs.run("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system");
    const cols = COLUMNS.map((c) => `${quoteId(c)} ${INTEGER_COLUMNS.has(c) ? "INTEGER" : "TEXT"}`).join(", ");
    db.exec(`CREATE TABLE ${quoteId(GPKG_TABLE)} (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom GEOMETRY, ${cols})`);
    const insert = db.prepare(`INSERT INTO ${quoteId(GPKG_TABLE)} (geom, ${COLUMNS.map(quoteId).join(", ")}) VALUES (?, ${COLUMNS.map(() => "?").join(", ")})`);
    const all: Envelope = [Infinity, -Infinity, Infinity, -Infinity];
    db.transaction(() => {
      for (const f of collection.features) {
        let blob: Buffer | null = null;
        if (f.geometry) {
          blob = gpkgGeometry(f.geometry);
          const e = envelopeOf(f.geometry);
          all[0] = Math.min(all[0], e[0]);
          all[1] = Math.max(all[1], e[1]);
          all[2] = Math.min(all[2], e[2]);
          all[3] = Math.max(all[3], e[3]);
        }
        const values = COLUMNS.map((c) => {
          const v = f.properties[c];
          return INTEGER_COLUMNS.has(c) ? (v === "" ? null : Number(v)) : v;
        });
        insert.run(blob, ...values);
      }
    })();
    const bounds = Number.isFinite(all[0]) ? [all[0], all[2], all[1], all[3]] : [null, null, null, null];
    db.prepare("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)").run(
      GPKG_TABLE,
      identifier,
      "Claims of a view with the passage behind each (one feature per claim and place)",
      ...bounds,
      SRS_WGS84,
    );
    db.prepare("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'GEOMETRY', ?, 0, 0)").run(GPKG_TABLE, SRS_WGS84);
  } finally {
    db.close();
  }
}

/**
 * A GeoPackage of the collection as a stream: written to a private temp folder, then streamed
 * from the file, which is removed once the stream ends or is abandoned (a file of 200k claims
 * is not held in memory twice).
 */
export function gpkgStream(collection: ExportCollection): ReadableStream<Uint8Array> {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-gpkg-"));
  const clean = () => rmSync(dir, { recursive: true, force: true });
  try {
    const file = path.join(dir, "claims.gpkg");
    writeGpkg(file, collection);
    const stream = createReadStream(file);
    stream.on("close", clean);
    return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  } catch (e) {
    clean();
    throw e;
  }
}
