import { readEventFolder, type EventFile, type FolderOptions } from './event-files.ts';
import { deriveLevel } from '../domain/offices.ts';
import { PlaceRegistry, placeNames } from '../domain/places.ts';
import { Registry } from '../domain/registry.ts';
import type { EventData, Level } from '../domain/schema.ts';
import { readPeopleFile } from './people-file.ts';
import { readPlacesFile } from './places-file.ts';

/** The record as the build reads it: every event checked against the registry, levels filled in. */
export interface CheckedRecord {
  events: EventFile[];
  registry: Registry;
  places: PlaceRegistry;
  /** One message per problem, each starting with its file. */
  problems: string[];
}

/**
 * Reads the events folder and the people and places registries, and checks the events against them: every
 * participant must be someone in the people registry (or a one-off), each event's level must agree with its
 * leads' offices on its dates, and every place it names must be in the places registry. A level left out is
 * filled in from the leads, and a location left out is written from the places. `label` names files in
 * messages; `options` say where the folder's links may lead and which places registry to read.
 */
export async function readRecord(
  eventsDir: string,
  peopleFile: string,
  label: (file: string) => string = (file) => file,
  options: FolderOptions & { placesFile?: string } = {},
): Promise<CheckedRecord> {
  const { events, problems } = await readEventFolder(eventsDir, label, options);
  const people = await readPeopleFile(peopleFile, label(peopleFile));
  const placesFile = options.placesFile ?? 'content/places.yaml';
  const places = await readPlacesFile(placesFile, label(placesFile));
  problems.push(...people.problems, ...places.problems);
  const registry = new Registry(people.people);
  const placeRegistry = new PlaceRegistry(places.places);
  for (const event of events) {
    const checked = checkAgainstRegistry(event.data, registry, label(peopleFile));
    const unknownPlaces = placeRegistry.problems(event.data.places, label(placesFile));
    problems.push(...[...checked.problems, ...unknownPlaces].map((problem) => `${event.file}: ${problem}`));
    if (checked.level) event.data = { ...event.data, level: checked.level };
    // The location, where the editor wrote none, is the places' names: one home for where it happened.
    if (event.data.location === undefined && event.data.places.length > 0 && unknownPlaces.length === 0) {
      event.data = { ...event.data, location: placeNames(event.data.places.map((id) => placeRegistry.get(id)!)) };
    }
  }
  return { events, registry, places: placeRegistry, problems };
}

/**
 * Checks one event's front matter against the registry, as the build does for every file: each participant
 * must be someone in it (or a one-off), and the level must agree with the leads' offices on the event's
 * dates. Gives the level the leads decide, and the problems as `field: what is wrong (what to do)`.
 */
export function checkAgainstRegistry(
  data: EventData,
  registry: Registry,
  registryFile: string,
): { level: Level | undefined; problems: string[] } {
  const unknown = registry.participantProblems(data.participants, registryFile);
  const derived = deriveLevel(data, registry, registryFile);
  return { level: derived.level, problems: [...unknown, ...derived.problems] };
}
