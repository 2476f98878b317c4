import { closest } from '../text/closest.ts';
import { keyOf } from './registry.ts';
import type { Place } from './schema.ts';

/** Every way a place is written: the site's name, the id, the other spellings and the native scripts. */
export const placeSpellings = (place: Place): string[] =>
  [place.name, place.id, ...place.aliases, place.zh, place.ko].filter((name): name is string => !!name);

/** The places registry (`content/places.yaml`): looks a place up by id, and suggests one for a mistyped id. */
export class PlaceRegistry {
  readonly places: readonly Place[];
  readonly #byId = new Map<string, Place>();
  readonly #byKey = new Map<string, Place>();

  constructor(places: readonly Place[]) {
    this.places = places;
    for (const place of places) {
      this.#byId.set(place.id, place);
      for (const spelling of placeSpellings(place)) this.#byKey.set(keyOf(spelling), place);
    }
  }

  get(id: string): Place | undefined {
    return this.#byId.get(id);
  }

  /** What is wrong with an event's `places`, as `places[n] "value" problem (help)` lines. */
  problems(ids: readonly string[], registryFile: string): string[] {
    const problems: string[] = [];
    ids.forEach((id, index) => {
      const at = `places[${index}] "${id}"`;
      if (!this.#byId.has(id)) {
        // A name or a native spelling is not an id, but says which place was meant.
        const meant = this.#byKey.get(keyOf(id)) ?? this.#byKey.get(closest(keyOf(id), [...this.#byKey.keys()]) ?? '');
        problems.push(
          `${at} is not a place id in ${registryFile} (${meant ? `did you mean "${meant.id}"? ` : ''}` +
            'use the id of a place listed there, or add the place there with its coordinates and their source)',
        );
      } else if (index > 0 && ids[index - 1] === id) {
        problems.push(`${at} repeats places[${index - 1}] (list each stop once, in the order travelled)`);
      }
    });
    return problems;
  }
}

/** "Beijing", "Beijing and Nanjing", "Dalian, Tianjin and Beijing": the places' names, each once, in order. */
export function placeNames(places: readonly Pick<Place, 'name'>[]): string {
  const names = [...new Set(places.map((place) => place.name))];
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
