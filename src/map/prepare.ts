/**
 * Build side: the maps as the pages draw them, from the events, the places registry and Natural Earth's
 * ground. Everything is projected here, so the browser only resizes circles.
 */
import { COUNTRY_LABELS } from '../i18n/index.ts';
import type { Place } from '../domain/schema.ts';
import type { PlaceRegistry } from '../domain/places.ts';
import { basemap } from './basemap.ts';
import { countPlaces, labelBox, type LabelBox, type PlaceCounts } from './counts.ts';
import { boundsAround, frameFor, REGION, within } from './frame.ts';

/** The width every map is drawn at, in viewBox units; it scales to its column. */
const MAP_WIDTH = 640;

/** One place on the timeline's map. */
interface MapPlace extends Place {
  countryName: string;
  /** Whether the map's area holds it; the rest are in the table only. */
  drawn: boolean;
  x: number;
  y: number;
  label: LabelBox | undefined;
}

/** The timeline's map: every place the record names, most named first, over the region's ground. */
export interface TimelineMap {
  width: number;
  height: number;
  land: string;
  borders: string;
  places: MapPlace[];
  counts: PlaceCounts;
}

/** The timeline map for `events` (each with its place ids), drawn over the fixed region. */
export function timelineMap(
  events: readonly { data: { places: readonly string[] } }[],
  registry: PlaceRegistry,
): TimelineMap {
  const used = [...new Set(events.flatMap(({ data }) => data.places))].map((id) => registry.get(id)!);
  const position = new Map(used.map((place, index) => [place.id, index]));
  const first = countPlaces(
    events.map(({ data }) => data.places.map((id) => position.get(id)!)),
    used.length,
  );
  // Most named first, so the table starts with them and big circles are drawn under small ones.
  const order = used
    .map((place, index) => ({ place, count: first.counts[index]! }))
    .sort((a, b) => b.count - a.count || (a.place.name < b.place.name ? -1 : 1));
  const frame = frameFor(REGION, MAP_WIDTH);
  const places = order.map(({ place }) => {
    const drawn = within(REGION, place.lon, place.lat);
    const [x, y] = frame.project(place.lon, place.lat);
    return {
      ...place,
      countryName: COUNTRY_LABELS[place.country],
      drawn,
      x,
      y,
      label: drawn ? labelBox(x, y, place.name) : undefined,
    };
  });
  const counts = { ...first, counts: order.map(({ count }) => count) };
  return { width: frame.width, height: frame.height, ...basemap(frame), places, counts };
}

/** One stop of a journey, numbered in the order travelled. */
interface Stop {
  number: number;
  place: Place & { countryName: string };
}

/** A marker on a route's map: one per place, carrying the numbers of every stop made there. */
interface RouteMarker {
  numbers: number[];
  place: Place;
  x: number;
  y: number;
}

/** An event's map: its stops in order, a line through them, over the ground around them. */
export interface RouteMap {
  width: number;
  height: number;
  land: string;
  borders: string;
  stops: Stop[];
  markers: RouteMarker[];
  /** The route as one SVG path: straight legs from stop to stop, in order. */
  line: string;
}

/** Route maps made, by registry and route: most events go to one of a few cities, and each map costs a basemap. */
const routeMaps = new WeakMap<PlaceRegistry, Map<string, RouteMap>>();

/** The map of an event's places, fitted to them; undefined when it names none. Made once per route. */
export function routeMap(ids: readonly string[], registry: PlaceRegistry): RouteMap | undefined {
  if (ids.length === 0) return undefined;
  let made = routeMaps.get(registry);
  if (!made) routeMaps.set(registry, (made = new Map()));
  const key = ids.join(' ');
  let map = made.get(key);
  if (!map) made.set(key, (map = drawRoute(ids, registry)));
  return map;
}

function drawRoute(ids: readonly string[], registry: PlaceRegistry): RouteMap {
  const places = ids.map((id) => registry.get(id)!);
  const frame = frameFor(
    boundsAround(
      places.map((place) => [place.lon, place.lat]),
      { margin: 2, minSpan: 7 },
    ),
    MAP_WIDTH,
  );
  const stops = places.map((place, index) => ({
    number: index + 1,
    place: { ...place, countryName: COUNTRY_LABELS[place.country] },
  }));
  const markers = new Map<string, RouteMarker>();
  const points = places.map((place, index) => {
    const [x, y] = frame.project(place.lon, place.lat);
    const marker = markers.get(place.id) ?? { numbers: [], place, x, y };
    marker.numbers.push(index + 1);
    markers.set(place.id, marker);
    return [x, y] as const;
  });
  const line = points.length > 1 ? `M${points.map(([x, y]) => `${x},${y}`).join('L')}` : '';
  return { width: frame.width, height: frame.height, ...basemap(frame), stops, markers: [...markers.values()], line };
}
