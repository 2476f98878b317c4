import { readFile } from 'node:fs/promises';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { placeSpellings } from '../domain/places.ts';
import { keyOf } from '../domain/registry.ts';
import { placeSchema, type Place } from '../domain/schema.ts';
import { COUNTRIES } from '../domain/vocabulary.ts';
import { describeIssue } from './issues.ts';

/** What each field allows, quoted after every problem with it. */
const HELP: Record<string, string> = {
  id: 'the English name in lowercase words joined by hyphens, e.g. dandong',
  name: 'the English name as the site shows it',
  zh: 'the name in Chinese characters',
  ko: 'the name in hangul',
  aliases: 'a list of other spellings',
  country: `one of ${COUNTRIES.join(', ')} (ISO 3166-1 alpha-2)`,
  lat: 'latitude in degrees, north positive, at most 3 decimals, as the source gives it',
  lon: 'longitude in degrees, east positive, at most 3 decimals, as the source gives it',
  source: "{ naturalEarth: the place's NAME in Natural Earth's 1:10m populated places } or { url: a page giving the coordinates }",
  'source.naturalEarth': "the place's NAME in Natural Earth's 1:10m populated places",
  'source.url': 'an address starting with http:// or https://',
  note: 'plain text, at most 300 characters',
};

const KNOWN = { '': Object.keys(placeSchema.shape), source: ['naturalEarth', 'url'] };

/**
 * Reads and checks the places registry: every entry valid (coordinates in range and sourced), ids unique, and
 * no spelling shared by two places. Problems start with `file`, as every content message does.
 */
export async function readPlacesFile(path: string, file: string): Promise<{ places: Place[]; problems: string[] }> {
  let raw: unknown;
  try {
    raw = loadYaml(await readFile(path, 'utf8'), { schema: CORE_SCHEMA });
  } catch (error) {
    if (error instanceof YAMLException) {
      return {
        places: [],
        problems: [`${file}: not valid YAML${error.mark ? ` at line ${error.mark.line + 1}` : ''}: ${error.reason}`],
      };
    }
    return { places: [], problems: [`${file}: cannot be read (${(error as Error).message})`] };
  }
  if (raw === null || raw === undefined) return { places: [], problems: [] };
  if (!Array.isArray(raw)) {
    return { places: [], problems: [`${file}: must be a list of places (each starting "- id: ...")`] };
  }
  const places: Place[] = [];
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const spellings = new Map<string, string>();
  raw.forEach((entry: unknown, index) => {
    const id = entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string' ? entry.id : '';
    const label = `${file}: entry ${index + 1}${id ? ` (${id})` : ''}`;
    const result = placeSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const line of describeIssue(issue, entry, { help: HELP, known: KNOWN })) problems.push(`${label}: ${line}`);
      }
      return;
    }
    const place = result.data;
    if (ids.has(place.id)) {
      problems.push(`${label}: id "${place.id}" is already used by entry ${ids.get(place.id)} (ids must be unique)`);
      return;
    }
    ids.set(place.id, index + 1);
    for (const spelling of new Set(placeSpellings(place).map(keyOf))) {
      const owner = spellings.get(spelling);
      if (owner && owner !== place.id) {
        problems.push(`${label}: the spelling "${spelling}" is also ${owner}'s (each spelling must name one place)`);
      }
      spellings.set(spelling, place.id);
    }
    places.push(place);
  });
  return { places, problems };
}
