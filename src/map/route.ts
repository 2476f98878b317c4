/** The words of an event's route map, computed from its stops, so the map's title and description say what it shows. */

interface NamedStop {
  number: number;
  place: { name: string; countryName: string };
}

/** "A journey of 5 stops, from Mudanjiang to Beijing", or "Where it happened: Pyongyang, North Korea". */
export function routeTitle(stops: readonly NamedStop[]): string {
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return '';
  if (stops.length === 1) return `Where it happened: ${first.place.name}, ${first.place.countryName}`;
  return `A journey of ${stops.length} stops, from ${first.place.name} to ${last.place.name}`;
}

/** "1 Mudanjiang (China), then 2 Changchun (China), …": every stop, numbered as the map numbers it. */
export function routeDescription(stops: readonly NamedStop[]): string {
  if (stops.length === 1) return `One place is marked: ${stops[0]!.place.name}.`;
  return `${stops.map(({ number, place }) => `${number} ${place.name} (${place.countryName})`).join(', then ')}.`;
}
