import { readFile } from 'node:fs/promises';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { keyOf, spellingsOf } from '../domain/registry.ts';
import { personSchema, type Person } from '../domain/schema.ts';

/**
 * Reads and checks the registry file: every entry valid, ids and Wikidata items unique, and no spelling
 * shared by two people (a shared spelling would make a participant ambiguous). Problems start with `file`.
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
  const items = new Map<string, string>();
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
