/**
 * The ground every map is drawn on, at build time: land and coastlines, and the land borders of China and North
 * Korea, from Natural Earth's 1:50m countries (version 4.1.0) as the world-atlas package redistributes them.
 * Borders elsewhere are left out: the maps are about these two countries, and fewer lines read better.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Frame } from './frame.ts';

/** ISO 3166-1 numeric codes, as world-atlas names its countries: China and North Korea, whose borders are drawn. */
const BORDERED = new Set(['156', '408']);

let topology: Topology<{ countries: GeometryCollection; land: GeometryCollection }> | undefined;

/** Natural Earth's countries, read once per build. */
function countries() {
  // Read as a file rather than imported: a 750 KB module would go through the bundler for nothing.
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  return (topology ??= JSON.parse(readFileSync(file, 'utf8')));
}

/** The land and the borders, as SVG path data clipped to the frame, to a tenth of a unit. */
export function basemap(frame: Frame): { land: string; borders: string } {
  const world = countries();
  const path = geoPath(frame.projection).digits(1);
  const land = feature(world, world.objects.land);
  const borders = mesh(
    world,
    world.objects.countries,
    (a, b) => a !== b && (BORDERED.has(String(a.id)) || BORDERED.has(String(b.id))),
  );
  return { land: path(land) ?? '', borders: path(borders) ?? '' };
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
