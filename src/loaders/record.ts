import { readEventFolder, type EventFile, type FolderOptions } from './event-files.ts';
import { deriveLevel } from '../domain/offices.ts';
import { Registry } from '../domain/registry.ts';
import type { EventData, Level } from '../domain/schema.ts';
import { readPeopleFile } from './people-file.ts';

/** The record as the build reads it: every event checked against the registry, levels filled in. */
export interface CheckedRecord {
  events: EventFile[];
  registry: Registry;
  /** One message per problem, each starting with its file. */
  problems: string[];
}

/**
 * Reads the events folder and the people registry, and checks each against the other: every participant
 * must be someone in the registry (or a one-off), and each event's level must agree with its leads' offices
 * on its dates. A level left out is filled in from the leads. `label` names files in messages; `options`
 * say where the folder's links may lead.
 */
export async function readRecord(
  eventsDir: string,
  peopleFile: string,
  label: (file: string) => string = (file) => file,
  options: FolderOptions = {},
): Promise<CheckedRecord> {
  const { events, problems } = await readEventFolder(eventsDir, label, options);
  const people = await readPeopleFile(peopleFile, label(peopleFile));
  problems.push(...people.problems);
  const registry = new Registry(people.people);
  for (const event of events) {
    const checked = checkAgainstRegistry(event.data, registry, label(peopleFile));
    problems.push(...checked.problems.map((problem) => `${event.file}: ${problem}`));
    if (checked.level) event.data = { ...event.data, level: checked.level };
  }
  return { events, registry, problems };
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
