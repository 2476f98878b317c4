/**
 * What the people pages show, prepared from the registry and the timeline: the index of everyone the
 * timeline names, grouped by side, and one person's events with the office held and whether they led.
 */
import { eventsByPerson, type RecordEvent } from '../domain/participants.ts';
import { compareText } from '../domain/ordering.ts';
import { officeAtTheTime } from '../domain/offices.ts';
import type { Person, Side } from '../domain/schema.ts';

/** A name in another script, with the language a page marks it with. */
interface NativeName {
  text: string;
  lang: 'zh-Hans' | 'ko';
}

/**
 * The name in the script of the person's own country, as the index shows it: hanzi for Chinese, hangul for
 * North Koreans (and for anyone else whose registry entry has hangul, such as South Koreans).
 */
function ownScriptName(person: Person): NativeName | undefined {
  if (person.side === 'china') return person.zh ? { text: person.zh, lang: 'zh-Hans' } : undefined;
  return person.ko ? { text: person.ko, lang: 'ko' } : undefined;
}

/** Someone the index lists. */
export interface IndexedPerson {
  person: Person;
  native: NativeName | undefined;
  /** How many events name them, and how many of those they led. */
  count: number;
  led: number;
}

/**
 * Everyone the timeline names, by side (China, North Korea, others), each side by name; and how many
 * registry people no published event names yet, whom the index leaves off and says so.
 */
export function peopleIndex(
  people: readonly Person[],
  events: readonly RecordEvent[],
): { groups: { side: Side; people: IndexedPerson[] }[]; unnamed: number } {
  const byPerson = eventsByPerson(events);
  const named = people.filter((person) => byPerson.has(person.id));
  const groups = (['china', 'dprk', 'other'] as const).map((side) => ({
    side,
    people: named
      .filter((person) => person.side === side)
      .map((person) => {
        const entries = byPerson.get(person.id)!;
        return {
          person,
          native: ownScriptName(person),
          count: entries.length,
          led: entries.filter(({ lead }) => lead).length,
        };
      })
      .sort((a, b) => compareText(a.person.name, b.person.name)),
  }));
  return { groups, unnamed: people.length - named.length };
}

/** One event on a person's page: the office they held then, and whether they led the travelling side. */
export interface PersonEvent<T extends RecordEvent> {
  event: T;
  office: string | undefined;
  lead: boolean;
}

/**
 * Each person's events in timeline order, by id, each with the office held at the time and whether they led
 * it; an empty list for someone no event names. One pass over the timeline for all the people pages.
 */
export function eventsOfPeople<T extends RecordEvent>(
  people: readonly Person[],
  events: readonly T[],
): Map<string, PersonEvent<T>[]> {
  const byPerson = eventsByPerson(events);
  return new Map(
    people.map((person) => [
      person.id,
      (byPerson.get(person.id) ?? []).map(({ event, role, lead }) => ({
        event,
        office: officeAtTheTime({ role, person }, event.data.date, event.data.end),
        lead,
      })),
    ]),
  );
}
