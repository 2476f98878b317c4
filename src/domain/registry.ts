import { closest } from '../text/closest.ts';
import { foldText } from '../text/fold.ts';
import type { Participant, Person, Side } from './schema.ts';

/** How a spelling is looked up: folded, and without spaces, so `Kim Jong-un`, `KIM JONG UN` and `kimjongun` agree. */
export const keyOf = (name: string) => foldText(name).replaceAll(' ', '');

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
  /** Whether they led the travelling side. */
  lead: boolean;
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
      lead: participant.lead === true,
    };
  }

  /** What is wrong with an event's participants, as `participants[n].field "value" problem (help)` lines. */
  participantProblems(participants: readonly Participant[], registryFile: string): string[] {
    const problems: string[] = [];
    /** Each person listed so far (a registry id, or a one-off's folded name) and where. */
    const listed = new Map<string, string>();
    participants.forEach((participant, index) => {
      const at = `participants[${index}]`;
      const person = this.find(participant.name);
      const key = participant.oneOff || !person ? `one-off ${keyOf(participant.name)}` : person.id;
      const earlier = listed.get(key);
      if (earlier !== undefined) {
        const who = person && !participant.oneOff ? ` is ${person.name} (${person.id}), who` : '';
        problems.push(
          `${at}.name "${participant.name}"${who} is already listed as ${earlier} (list each person once; a person with two roles gets one entry)`,
        );
        return;
      }
      listed.set(key, at);
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
