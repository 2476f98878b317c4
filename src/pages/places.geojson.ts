import type { APIRoute } from 'astro';
import { getPlaces, getTimeline } from '../data/events.ts';
import { placesGeoJson } from '../exports/places-geojson.ts';

/** The places registry as GeoJSON, each place with the number of published events naming it. */
export const GET: APIRoute = async () =>
  new Response(placesGeoJson(await getPlaces(), await getTimeline()), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
