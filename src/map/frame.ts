/**
 * Where a map looks and how it projects: the area a map draws (its bounds, in degrees) and the projection that
 * fits it to a width. Pure and DOM-free; the build draws every map with it, so the browser needs no projection.
 */
import { geoConicConformal, type GeoProjection } from 'd3-geo';

/** An area of the globe in degrees: west and east longitudes, south and north latitudes. */
export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

/**
 * The timeline's map: northeast Asia from Xi'an and Shanghai to the Amur, so the China–North Korea border,
 * Beijing and Pyongyang read at a useful scale. Places beyond it are listed in the map's table.
 */
export const REGION: Bounds = { west: 108.5, east: 132, south: 29.5, north: 48 };

/** Whether a point (longitude, latitude) lies within bounds. */
export const within = (bounds: Bounds, lon: number, lat: number) =>
  lon >= bounds.west && lon <= bounds.east && lat >= bounds.south && lat <= bounds.north;

/**
 * The area around some points: their extent with a margin, widened to at least `minSpan` degrees each way so
 * a single city still shows its coast and borders. A route's map is drawn over this.
 */
export function boundsAround(
  points: readonly (readonly [number, number])[],
  { margin = 1.5, minSpan = 7 }: { margin?: number; minSpan?: number } = {},
): Bounds {
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  const widen = (low: number, high: number) => {
    const span = Math.max(high - low + 2 * margin, minSpan);
    const middle = (low + high) / 2;
    return [middle - span / 2, middle + span / 2] as const;
  };
  const [west, east] = widen(Math.min(...lons), Math.max(...lons));
  const [south, north] = widen(Math.min(...lats), Math.max(...lats));
  return { west, east, south: Math.max(-85, south), north: Math.min(85, north) };
}

/** The corners and edge midpoints of bounds: fitting them fits the whole area, curved edges included. */
const outline = ({ west, east, south, north }: Bounds): GeoJSON.MultiPoint => ({
  type: 'MultiPoint',
  coordinates: [0, 0.5, 1].flatMap((x) =>
    [0, 0.5, 1].map((y) => [west + (east - west) * x, south + (north - south) * y]),
  ),
});

/** A projection fitted to bounds, and the map's height at `width` (viewBox units). */
export interface Frame {
  projection: GeoProjection;
  width: number;
  height: number;
  /** A point's place on the map, rounded to 0.1 unit, as the SVG writes it. */
  project(lon: number, lat: number): [number, number];
}

/**
 * Lambert's conformal conic, its standard parallels at a sixth and five sixths of the area's latitudes: shapes
 * stay true at this scale, and north is up along the central meridian.
 */
export function frameFor(bounds: Bounds, width: number): Frame {
  const span = bounds.north - bounds.south;
  const projection = geoConicConformal()
    .parallels([bounds.south + span / 6, bounds.north - span / 6])
    .rotate([-(bounds.west + bounds.east) / 2, 0])
    .fitWidth(width, outline(bounds));
  // fitWidth puts the area's top edge at 0, so its lowest outline point is the map's height.
  const height = Math.ceil(Math.max(...outline(bounds).coordinates.map((point) => projection(point as [number, number])![1])));
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    projection,
    width,
    height,
    project(lon, lat) {
      const [x, y] = projection([lon, lat])!;
      return [round(x), round(y)];
    },
  };
}
