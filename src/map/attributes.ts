/**
 * The contract between the timeline's items and `<places-map>`: each item names its places, by id, in one
 * attribute the build writes and the element reads. No other file spells it.
 */
const PLACES = 'data-places';

/** The attribute for an item's places, or none when it names no place (one attribute fewer on the page). */
export const placesAttribute = (ids: readonly string[]): Record<string, string> =>
  ids.length ? { [PLACES]: ids.join(' ') } : {};

/** An item's place ids, as `placesAttribute` wrote them. */
export const readPlaces = (item: Element): string[] => item.getAttribute(PLACES)?.split(' ') ?? [];
