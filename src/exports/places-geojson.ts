/**
 * `/places.geojson`: the places registry as a GeoJSON FeatureCollection (RFC 7946), one point per place, with
 * its names, its country, where its coordinates come from, and how many published events name it.
 */
import type { PlaceRegistry } from '../domain/places.ts';

export function placesGeoJson(registry: PlaceRegistry, events: readonly { data: { places: readonly string[] } }[]) {
  const counts = new Map<string, number>();
  for (const { data } of events) for (const id of new Set(data.places)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const features = registry.places.map((place) => ({
    type: 'Feature',
    id: place.id,
    // GeoJSON orders a position longitude first.
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      name: place.name,
      zh: place.zh ?? null,
      ko: place.ko ?? null,
      aliases: place.aliases,
      country: place.country,
      source: place.source.url ?? `Natural Earth 1:10m populated places 4.0.0: ${place.source.naturalEarth}`,
      note: place.note ?? null,
      events: counts.get(place.id) ?? 0,
    },
  }));
  return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 2)}\n`;
}
