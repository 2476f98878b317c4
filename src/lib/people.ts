import { readFile } from 'node:fs/promises';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { closest } from './event-files.ts';
import { foldText } from './filter.ts';
import { personSchema, type Participant, type Person, type Side } from './schema.ts';

/** How a spelling is looked up: folded, and without spaces, so `Kim Jong-un`, `KIM JONG UN` and `kimjongun` agree. */
const keyOf = (name: string) => foldText(name).replaceAll(' ', '');

/** Every way a person is written: the site's name, the id, the other spellings and the native scripts. */
export const spellingsOf = (person: Person): string[] =>
  [person.name, person.id, ...person.aliases, person.zh, person.ko].filter((name): name is string => !!name);

/** A participant as pages show them: resolved to a registry person, or a one-off with a name and side. */
export interface ResolvedParticipant {
  name: string;
  side: Side;
  role?: string | undefined;
  /** The registry person, when there is one. */
  person?: Person | undefined;
}

/** The people registry: looks a participant's name up by id or by any spelling. */
export class Registry {
  readonly people: readonly Person[];
  readonly #byKey = new Map<string, Person>();
  readonly #byId = new Map<string, Person>();
  /** Names already looked up: pages resolve the same participants many times over. */
  readonly #found = new Map<string, Person | undefined>();

  constructor(people: readonly Person[]) {
    this.people = people;
    for (const person of people) {
      this.#byId.set(person.id, person);
      for (const spelling of spellingsOf(person)) this.#byKey.set(keyOf(spelling), person);
    }
  }

  get(id: string): Person | undefined {
    return this.#byId.get(id);
  }

  find(name: string): Person | undefined {
    if (!this.#found.has(name)) this.#found.set(name, this.#byId.get(name) ?? this.#byKey.get(keyOf(name)));
    return this.#found.get(name);
  }

  /** Resolves a participant as written in an event file; the loader has already checked that this works. */
  resolve(participant: Participant): ResolvedParticipant {
    const person = participant.oneOff ? undefined : this.find(participant.name);
    return {
      name: person?.name ?? participant.name,
      side: person?.side ?? participant.side ?? 'other',
      role: participant.role,
      person,
    };
  }

  /** What is wrong with an event's participants, as `participants[n].field "value" problem (help)` lines. */
  participantProblems(participants: readonly Participant[], registryFile: string): string[] {
    const problems: string[] = [];
    participants.forEach((participant, index) => {
      const at = `participants[${index}]`;
      const person = this.find(participant.name);
      if (participant.oneOff) {
        if (person) {
          problems.push(
            `${at}.oneOff: "${participant.name}" is ${person.name} (${person.id}) in ${registryFile} (remove oneOff: true)`,
          );
        }
        return;
      }
      if (!person) {
        const guess = this.#closest(participant.name);
        problems.push(
          `${at}.name "${participant.name}" matches no one in ${registryFile}` +
            ` (${guess ? `did you mean "${guess.name}" (${guess.id})? ` : ''}` +
            `use an id or spelling listed there, add the person there, or mark a one-off with oneOff: true and a side)`,
        );
        return;
      }
      if (participant.side && participant.side !== person.side) {
        problems.push(
          `${at}.side "${participant.side}" disagrees with ${registryFile}, where ${person.name} is "${person.side}"` +
            ' (leave side out, or correct it)',
        );
      }
    });
    return problems;
  }

  #closest(name: string): Person | undefined {
    const spelling = closest(keyOf(name), [...this.#byKey.keys()]);
    return spelling === undefined ? undefined : this.#byKey.get(spelling);
  }
}

/**
 * Reads and checks the registry file: every entry valid, ids unique, and no spelling shared by two people
 * (a shared spelling would make a participant ambiguous). Problems start with `file`.
 */
export async function readPeopleFile(path: string, file: string): Promise<{ people: Person[]; problems: string[] }> {
  let raw: unknown;
  try {
    raw = loadYaml(await readFile(path, 'utf8'), { schema: CORE_SCHEMA });
  } catch (error) {
    if (error instanceof YAMLException) {
      return {
        people: [],
        problems: [`${file}: not valid YAML${error.mark ? ` at line ${error.mark.line + 1}` : ''}: ${error.reason}`],
      };
    }
    return { people: [], problems: [`${file}: cannot be read (${(error as Error).message})`] };
  }
  if (!Array.isArray(raw)) {
    return { people: [], problems: [`${file}: must be a list of people (each starting "- id: ...")`] };
  }
  const people: Person[] = [];
  const problems: string[] = [];
  const ids = new Map<string, number>();
  const spellings = new Map<string, string>();
  raw.forEach((entry, index) => {
    const label = `${file}: entry ${index + 1}${entry && typeof entry.id === 'string' ? ` (${entry.id})` : ''}`;
    const result = personSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.join('.') || 'entry';
        problems.push(`${label}: ${field} ${issue.message} (see the fields at the top of the file)`);
      }
      return;
    }
    const person = result.data;
    if (ids.has(person.id)) {
      problems.push(`${label}: id "${person.id}" is already used by entry ${ids.get(person.id)} (ids must be unique)`);
      return;
    }
    ids.set(person.id, index + 1);
    for (const spelling of new Set(spellingsOf(person).map(keyOf))) {
      const owner = spellings.get(spelling);
      if (owner && owner !== person.id) {
        problems.push(`${label}: the spelling "${spelling}" is also ${owner}'s (each spelling must name one person)`);
      }
      spellings.set(spelling, person.id);
    }
    people.push(person);
  });
  return { people, problems };
}
