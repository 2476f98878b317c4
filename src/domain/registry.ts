import { closest } from '../text/closest.ts';
import { foldText } from '../text/fold.ts';
import type { Participant, Person, Side } from './schema.ts';

/** How a spelling is looked up: folded, and without spaces, so `Kim Jong-un`, `KIM JONG UN` and `kimjongun` agree. */
export const keyOf = (name: string) => foldText(name).replaceAll(' ', '');

/** The names in Chinese characters and hangul: two people may share one (two Kim Yong Ils are both 김영일). */
export const nativeNamesOf = (person: Person): string[] =>
  [person.zh, person.ko, person.koDprk].filter((name): name is string => !!name);

/** Every way a person is written: the site's name, the id, the other spellings and the native scripts (both Korean forms). */
export const spellingsOf = (person: Person): string[] => [
  person.name,
  person.id,
  ...person.aliases,
  ...nativeNamesOf(person),
];

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

  /** Names that belong to more than one person (a hangul form two people share), with whose they are. */
  readonly #shared = new Map<string, Person[]>();

  constructor(people: readonly Person[]) {
    this.people = people;
    for (const person of people) {
      this.#byId.set(person.id, person);
      for (const spelling of new Set(spellingsOf(person).map(keyOf))) {
        const owner = this.#byKey.get(spelling) ?? this.#shared.get(spelling)?.[0];
        if (owner && owner !== person) {
          // A shared name finds no one: an event must name such a person by id or English spelling.
          this.#shared.set(spelling, [...(this.#shared.get(spelling) ?? [owner]), person]);
          this.#byKey.delete(spelling);
        } else if (!this.#shared.has(spelling)) this.#byKey.set(spelling, person);
      }
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
      const sharers = this.#shared.get(keyOf(participant.name));
      if (!person && sharers) {
        problems.push(
          `${at}.name "${participant.name}" is the name of ${sharers.map((sharer) => `${sharer.name} (${sharer.id})`).join(' and ')} in ${registryFile}` +
            ' (use the id or English spelling of the one meant)',
        );
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
