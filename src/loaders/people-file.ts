import { readFile } from 'node:fs/promises';
import { load as loadYaml, YAMLException } from 'js-yaml';
import { officeContradictions } from '../domain/offices.ts';
import { keyOf, nativeNamesOf, spellingsOf } from '../domain/registry.ts';
import { KNOWN_PERSON_FIELDS, PERSON_FIELD_HELP, personSchema, type Person } from '../domain/schema.ts';
import { describeIssue, type FieldGuide } from './event-files.ts';
import { TEXT_SCHEMA } from './yaml.ts';

/** What an entry's fields allow, for messages. */
const PERSON_GUIDE: FieldGuide = { help: PERSON_FIELD_HELP, known: KNOWN_PERSON_FIELDS };

/**
 * Reads and checks the registry file: every entry valid, ids and Wikidata items unique, and no Latin
 * spelling shared by two people (a shared spelling would make a participant ambiguous). Problems start
 * with `file`.
 */
export async function readPeopleFile(path: string, file: string): Promise<{ people: Person[]; problems: string[] }> {
  let raw: unknown;
  try {
    raw = loadYaml(await readFile(path, 'utf8'), { schema: TEXT_SCHEMA });
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
  const spellings = new Map<string, { id: string; native: boolean }>();
  const items = new Map<string, string>();
  raw.forEach((entry, index) => {
    const label = `${file}: entry ${index + 1}${entry && typeof entry.id === 'string' ? ` (${entry.id})` : ''}`;
    const result = personSchema.safeParse(entry);
    if (!result.success) {
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
        problems.push(`${label}: is not a set of fields (each person starts "- id: ...")`);
        return;
      }
      for (const issue of result.error.issues) {
        problems.push(...describeIssue(issue, entry, PERSON_GUIDE).map((problem) => `${label}: ${problem}`));
      }
      return;
    }
    const person = result.data;
    if (ids.has(person.id)) {
      problems.push(`${label}: id "${person.id}" is already used by entry ${ids.get(person.id)} (ids must be unique)`);
      return;
    }
    ids.set(person.id, index + 1);
    if (person.wikidata !== undefined) {
      const owner = items.get(person.wikidata);
      if (owner) {
        problems.push(
          `${label}: wikidata "${person.wikidata}" is already ${owner}'s (a Wikidata item is one person; check both ids on wikidata.org)`,
        );
      } else {
        items.set(person.wikidata, person.id);
      }
    }
    problems.push(...officeContradictions(person).map((problem) => `${label}: ${problem}`));
    // Latin spellings must each name one person. Names in Chinese characters or hangul may be shared (two
    // Kim Yong Ils are both 김영일): such a name then finds neither, and events use the id or English spelling.
    const native = new Set(nativeNamesOf(person).map(keyOf));
    for (const spelling of new Set(spellingsOf(person).map(keyOf))) {
      const owner = spellings.get(spelling);
      if (owner && owner.id !== person.id && !(owner.native && native.has(spelling))) {
        problems.push(`${label}: the spelling "${spelling}" is also ${owner.id}'s (each spelling must name one person)`);
      }
      spellings.set(spelling, { id: person.id, native: native.has(spelling) });
    }
    people.push(person);
  });
  return { people, problems };
}
