import { readEventFolder, type EventFile } from './event-files.ts';
import { deriveLevel } from '../domain/offices.ts';
import { Registry } from '../domain/registry.ts';
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
 * on its dates. A level left out is filled in from the leads. `label` names files in messages.
 */
export async function readRecord(
  eventsDir: string,
  peopleFile: string,
  label: (file: string) => string = (file) => file,
): Promise<CheckedRecord> {
  const { events, problems } = await readEventFolder(eventsDir, label);
  const people = await readPeopleFile(peopleFile, label(peopleFile));
  problems.push(...people.problems);
  const registry = new Registry(people.people);
  for (const event of events) {
    const unknown = registry.participantProblems(event.data.participants, label(peopleFile));
    const derived = deriveLevel(event.data, registry, label(peopleFile));
    problems.push(...[...unknown, ...derived.problems].map((problem) => `${event.file}: ${problem}`));
    if (derived.level) event.data = { ...event.data, level: derived.level };
  }
  return { events, registry, problems };
}
