/**
 * The timeline map's arithmetic: how many of the events shown name each place, how big each circle is, which
 * names fit on the map, and the sentences that describe it. Pure and DOM-free, so the build draws the map with
 * it and `<places-map>` redraws from the events the filter shows with the same code.
 */

/** Events per place, by the place's position in the map's list; an event counts once per place. */
export interface PlaceCounts {
  counts: number[];
  /** Events shown that name at least one place. */
  located: number;
  /** Events shown that name none: the map leaves them out and says how many. */
  unlocated: number;
}

/** Counts, for each of `placeCount` places, the events whose place lists (positions) name it. */
export function countPlaces(events: Iterable<readonly number[]>, placeCount: number): PlaceCounts {
  const counts = new Array<number>(placeCount).fill(0);
  let located = 0;
  let unlocated = 0;
  for (const places of events) {
    if (places.length === 0) {
      unlocated++;
      continue;
    }
    located++;
    // A journey that returns to a city (Beijing, Nanjing, Beijing) still counts once there. Journeys are a few
    // stops long, so looking back along the list is cheaper than a set for each of thousands of events.
    for (let index = 0; index < places.length; index++) {
      const place = places[index]!;
      if (place < 0 || place >= placeCount || (index > 0 && places.lastIndexOf(place, index - 1) !== -1)) continue;
      counts[place]!++;
    }
  }
  return { counts, located, unlocated };
}

/** The largest circle's radius, in map units: Beijing at its busiest. */
export const MAX_RADIUS = 24;
/** How many of the names shown a phone keeps, drawn larger there: the rest would crowd them. */
export const MAJOR_LABELS = 4;
/** The smallest, so one event still makes a mark a finger or a pointer can find. */
const MIN_RADIUS = 3;

/** A circle whose area is proportional to its count, the largest count drawn at `MAX_RADIUS`; 0 for none. */
export function radiusOf(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.round(Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(count / max)) * 10) / 10;
}

/** `1 event`, `2 events`. */
export const events = (count: number) => `${count} ${count === 1 ? 'event' : 'events'}`;

/** A place on the map: its name, and whether the map's area holds it. */
export interface MapPlace {
  name: string;
  drawn: boolean;
}

/** The map's description: how many places, the busiest, what is left out and why. */
export function mapSummary(places: readonly MapPlace[], { counts, located, unlocated }: PlaceCounts): string {
  const named = places
    .map((place, index) => ({ ...place, count: counts[index] ?? 0 }))
    .filter((place) => place.count > 0)
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  if (named.length === 0) {
    return unlocated > 0
      ? `No place is recorded for the ${events(unlocated)} shown.`
      : 'No events are shown, so no places are marked.';
  }
  const top = named.slice(0, 3).map((place) => `${place.name} ${place.count}`);
  const outside = named.filter((place) => !place.drawn);
  return [
    `${named.length} ${named.length === 1 ? 'place' : 'places'} named by ${events(located)}; most often ${top.join(', ')}.`,
    outside.length
      ? `${outside.length} ${outside.length === 1 ? 'lies' : 'lie'} beyond the area drawn (${outside.map((place) => place.name).join(', ')}) and ${outside.length === 1 ? 'is' : 'are'} in the table only.`
      : '',
    unlocatedSentence(unlocated),
  ]
    .filter(Boolean)
    .join(' ');
}

/** What the map leaves out: "3 events have no place recorded." */
export function unlocatedSentence(unlocated: number): string {
  return unlocated === 0
    ? ''
    : `${unlocated} ${unlocated === 1 ? 'event has' : 'events have'} no place recorded and ${unlocated === 1 ? 'is' : 'are'} not on the map.`;
}

/** A label's box on the map, in map units. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label's box: set to the right of its point, about as wide as its text at the map's type size (11 units). */
export const labelBox = (x: number, y: number, name: string): LabelBox => ({
  x: x + 5,
  y: y - 8,
  width: name.length * 6.6 + 4,
  height: 13,
});

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Which places are named on the map: the busiest first, each only where its label overlaps no label already
 * placed, at most `limit`. The rest are found through their circle's title and the table. The set keeps that
 * order, so its first few are the names a small screen keeps (see `MAJOR_LABELS`).
 */
export function labelsToShow(counts: readonly number[], boxes: readonly (LabelBox | undefined)[], limit = 10): Set<number> {
  const order = counts
    .map((count, index) => ({ count, index }))
    .filter(({ count, index }) => count > 0 && boxes[index])
    .sort((a, b) => b.count - a.count || a.index - b.index);
  const shown: number[] = [];
  for (const { index } of order) {
    if (shown.length >= limit) break;
    if (shown.every((other) => !overlaps(boxes[index]!, boxes[other]!))) shown.push(index);
  }
  return new Set(shown);
}
