/**
 * The ground every map is drawn on, at build time: land and coastlines, and the land borders of China and North
 * Korea, from Natural Earth's 1:50m countries (version 4.1.0) as the world-atlas package redistributes them.
 * Borders elsewhere are left out: the maps are about these two countries, and fewer lines read better.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Frame } from './frame.ts';

/** ISO 3166-1 numeric codes, as world-atlas names its countries: China and North Korea, whose borders are drawn. */
const BORDERED = new Set(['156', '408']);

/**
 * Where any map of this site may look: east and northeast Asia with room around it. Land and borders wholly
 * outside it are dropped once, so each map projects only what it could show.
 */
const REACH = { west: 88, east: 150, south: 8, north: 58 };

type Geometry = GeoJSON.Feature | GeoJSON.FeatureCollection | GeoJSON.MultiLineString | GeoJSON.MultiPolygon;

let ground: { land: GeoJSON.MultiPolygon; borders: GeoJSON.MultiLineString } | undefined;

const inside = ([lon, lat]: GeoJSON.Position) =>
  lon! >= REACH.west && lon! <= REACH.east && lat! >= REACH.south && lat! <= REACH.north;

/**
 * A ring clipped to the reach (Sutherland–Hodgman, in degrees). The cut edges lie outside every map this site
 * draws, so drawing them as the sphere's arcs rather than straight lines never shows.
 */
function clipRing(ring: readonly GeoJSON.Position[]): GeoJSON.Position[] {
  const edges: [(p: GeoJSON.Position) => boolean, (a: GeoJSON.Position, b: GeoJSON.Position) => GeoJSON.Position][] = [
    [(p) => p[0]! >= REACH.west, (a, b) => at(a, b, 0, REACH.west)],
    [(p) => p[0]! <= REACH.east, (a, b) => at(a, b, 0, REACH.east)],
    [(p) => p[1]! >= REACH.south, (a, b) => at(a, b, 1, REACH.south)],
    [(p) => p[1]! <= REACH.north, (a, b) => at(a, b, 1, REACH.north)],
  ];
  let points = [...ring];
  for (const [keep, cross] of edges) {
    const input = points;
    points = [];
    input.forEach((current, index) => {
      const previous = input[(index + input.length - 1) % input.length]!;
      if (keep(current)) {
        if (!keep(previous)) points.push(cross(previous, current));
        points.push(current);
      } else if (keep(previous)) {
        points.push(cross(previous, current));
      }
    });
  }
  if (points.length > 0) points.push(points[0]!);
  return points;
}

/** Where the segment a–b crosses the line `axis = value`. */
function at(a: GeoJSON.Position, b: GeoJSON.Position, axis: 0 | 1, value: number): GeoJSON.Position {
  const t = (value - a[axis]!) / (b[axis]! - a[axis]!);
  return axis === 0 ? [value, a[1]! + t * (b[1]! - a[1]!)] : [a[0]! + t * (b[0]! - a[0]!), value];
}

/** A line's runs of points within the reach, each run its own line. */
function clipLine(line: readonly GeoJSON.Position[]): GeoJSON.Position[][] {
  const runs: GeoJSON.Position[][] = [];
  let run: GeoJSON.Position[] = [];
  for (const point of line) {
    if (inside(point)) {
      run.push(point);
    } else {
      if (run.length > 1) runs.push(run);
      run = [];
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** Natural Earth's land and the two countries' borders, read and cut down to this part of the world once per build. */
function readGround() {
  if (ground) return ground;
  // Read as a file rather than imported: a 750 KB module would go through the bundler for nothing.
  const file = fileURLToPath(import.meta.resolve('world-atlas/countries-50m.json'));
  const world = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
    countries: GeometryCollection;
    land: GeometryCollection;
  }>;
  const land = feature(world, world.objects.land) as GeoJSON.FeatureCollection<GeoJSON.MultiPolygon | GeoJSON.Polygon>;
  const polygons = land.features.flatMap(({ geometry }) =>
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates,
  );
  const borders = mesh(
    world,
    world.objects.countries,
    (a, b) => a !== b && (BORDERED.has(String(a.id)) || BORDERED.has(String(b.id))),
  );
  const clipped = polygons.flatMap(([outer, ...holes]) => {
    const ring = clipRing(outer!);
    return ring.length < 4 ? [] : [[ring, ...holes.map(clipRing).filter((hole) => hole.length >= 4)]];
  });
  ground = {
    land: { type: 'MultiPolygon', coordinates: clipped },
    borders: { type: 'MultiLineString', coordinates: borders.coordinates.flatMap(clipLine) },
  };
  return ground;
}

/** Each frame's ground, drawn once: many event pages share a frame (every visit to Pyongyang alone). */
const drawn = new Map<string, { land: string; borders: string }>();

/** The land and the borders, as SVG path data clipped to the frame, to a tenth of a unit. */
export function basemap(frame: Frame): { land: string; borders: string } {
  const key = `${frame.width} ${frame.projection.rotate().join(',')} ${frame.projection.scale()} ${frame.projection.translate().join(',')}`;
  let paths = drawn.get(key);
  if (!paths) {
    const { land, borders } = readGround();
    const path = geoPath(frame.projection).digits(1);
    paths = { land: path(land as Geometry) ?? '', borders: path(borders as Geometry) ?? '' };
    drawn.set(key, paths);
  }
  return paths;
}

/** Whose data the maps draw, for the data page and the maps' own notes. */
export const BASEMAP_CREDIT = {
  data: 'Natural Earth',
  url: 'https://www.naturalearthdata.com/',
  version: '4.1.0, 1:50m countries',
  via: 'world-atlas',
  viaUrl: 'https://github.com/topojson/world-atlas',
  licence: 'Natural Earth is in the public domain; world-atlas is released under the ISC licence.',
} as const;
