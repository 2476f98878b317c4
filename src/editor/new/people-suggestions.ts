import { keyOf, spellingsOf, type Registry } from '../../domain/registry.ts';
import type { Person } from '../../domain/schema.ts';
import { editDistance } from '../../text/closest.ts';
import { foldText } from '../../text/fold.ts';

/** How many edits a typed name may be from a spelling and still be offered: none for a few letters. */
const toleranceFor = (key: string) => (key.length < 4 ? 0 : key.length < 6 ? 1 : key.length < 12 ? 2 : 3);

/**
 * How well `typed` matches one spelling, lower is better, or `undefined` for no match: the same spelling,
 * then the start of one (`kim jong`), a part of one (`jong un`), the same words in another order
 * (`jinping xi`), then a spelling, or the start of one, within a few typing mistakes (`Kim Jung Un`).
 */
function score(typed: string, spelling: string): number | undefined {
  const key = keyOf(typed);
  const target = keyOf(spelling);
  if (key === '' || target === '') return undefined;
  if (key === target) return 0;
  if (target.startsWith(key)) return 1;
  if (target.includes(key)) return 2;
  const words = foldText(spelling).split(' ');
  if (
    foldText(typed)
      .split(' ')
      .every((word) => words.some((candidate) => candidate.startsWith(word)))
  ) {
    return 3;
  }
  const tolerance = toleranceFor(key);
  if (tolerance === 0) return undefined;
  const distance = Math.min(editDistance(key, target), editDistance(key, target.slice(0, key.length)));
  return distance <= tolerance ? 4 + distance : undefined;
}

/** A person's best match for `typed` over every way they are written: name, id, aliases, Chinese, Korean. */
function bestScore(person: Person, typed: string): number | undefined {
  const scores = spellingsOf(person)
    .map((spelling) => score(typed, spelling))
    .filter((value): value is number => value !== undefined);
  return scores.length > 0 ? Math.min(...scores) : undefined;
}

/**
 * The registry's people that `typed` may mean, best first: by any spelling, in any case, spacing, accents
 * or script, and despite a typing mistake or two.
 */
export function suggestPeople(registry: Registry, typed: string, limit = 5): Person[] {
  return registry.people
    .map((person) => ({ person, score: bestScore(person, typed) }))
    .filter((match): match is { person: Person; score: number } => match.score !== undefined)
    .sort((a, b) => a.score - b.score || a.person.name.localeCompare(b.person.name))
    .slice(0, limit)
    .map((match) => match.person);
}

/** `Kim Jong Un (kim-jong-un, dprk)`: a person as a suggestion names them. */
export const describePerson = (person: Person) => `${person.name} (${person.id}, ${person.side})`;

/**
 * Completions for a name being typed (for readline's `completer`): the names of the people with a spelling
 * that starts with what is typed (`金正` offers Kim Jong Il and Kim Jong Un), else of those it may mean,
 * closest first.
 */
export function completePerson(registry: Registry, line: string): string[] {
  const key = keyOf(line);
  const starting = registry.people.filter((person) =>
    spellingsOf(person).some((spelling) => keyOf(spelling).startsWith(key)),
  );
  if (starting.length > 0) return starting.map((person) => person.name).sort();
  return suggestPeople(registry, line).map((person) => person.name);
}

/** Completions from a closed list of values, such as the event types. */
export const completeFrom = (values: readonly string[]) => (line: string) => {
  const typed = line.trim().toLowerCase();
  return values.filter((value) => value.startsWith(typed));
};
