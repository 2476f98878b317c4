import path from 'node:path';
import matter from 'gray-matter';
import { load as loadYaml, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { placeholderProblems } from '../domain/placeholders.ts';
import { eventSchema, FIELD_HELP, ID_PATTERN, KNOWN_FIELDS, type EventData } from '../domain/schema.ts';
import { FORBIDDEN_CHARACTER_HELP, forbiddenByLine, showForbidden } from '../text/characters.ts';
import { closest } from '../text/closest.ts';
import { listEventFiles, readAll, type ReadBytes } from './event-folder.ts';
import { TEXT_SCHEMA } from './yaml.ts';

/** One valid event file: its id (the file name), where it is, its checked front matter and its Markdown body. */
export interface EventFile {
  id: string;
  /** Path as given to the reader's `label`, used in every message. */
  file: string;
  /** Absolute path on disk. */
  path: string;
  data: EventData;
  body: string;
}

/** Everything read from a folder: the valid events and one message per problem, each starting with its file. */
export interface EventFolder {
  events: EventFile[];
  problems: string[];
}

/** Where else an events folder's links may lead (the repository), and how its files are read (tests replace it). */
export interface FolderOptions {
  within?: readonly string[];
  read?: ReadBytes;
}

/**
 * Reads and checks every event file under `dir`. Nothing is skipped quietly: each file either yields an
 * event or one or more problems. `label` turns an absolute path into the one shown in messages.
 */
export async function readEventFolder(
  dir: string,
  label: (file: string) => string = (file) => file,
  { within, read }: FolderOptions = {},
): Promise<EventFolder> {
  const events: EventFile[] = [];
  const seen = new Map<string, string>();
  const { files, problems } = await listEventFiles(dir, { label, ...(within ? { within } : {}) });
  const texts = await readAll(files, read);
  for (const [index, absolute] of files.entries()) {
    const file = label(absolute);
    const id = path.basename(absolute, '.md');
    const content = texts[index]!;
    const result = 'text' in content ? parseEventFile(content.text) : { problems: [content.problem] };
    const fileProblems = 'problems' in result ? [...result.problems] : [];
    // Only drafts may still hold what the editor tools left for the editor to write.
    if ('data' in result && !result.data.draft) fileProblems.push(...placeholderProblems(result.data, result.body));
    if (!ID_PATTERN.test(id)) {
      fileProblems.unshift(
        `file name "${id}.md" is not allowed (use lowercase letters, digits and hyphens, e.g. 2023-07-26-li-hongzhong.md)`,
      );
    }
    const first = seen.get(id);
    if (first !== undefined) {
      fileProblems.unshift(`id "${id}" is already used by ${first} (every file name must be unique)`);
    } else {
      seen.set(id, file);
    }
    if (fileProblems.length > 0) {
      problems.push(...fileProblems.map((problem) => `${file}: ${problem}`));
    } else if ('data' in result) {
      events.push({ id, file, path: absolute, data: result.data, body: result.body });
    }
  }
  problems.push(...formerIdProblems(events, seen));
  problems.push(...relatedProblems(events, seen));
  return { events, problems };
}

/**
 * An editor's `related` link must lead to a page: another event of the record, by its current id, and a
 * published one unless the linking event is itself a draft.
 */
function relatedProblems(events: readonly EventFile[], files: ReadonlyMap<string, string>): string[] {
  const byId = new Map(events.map((event) => [event.id, event]));
  const renamed = new Map(events.flatMap((event) => event.data.formerIds.map((former) => [former, event.id])));
  const problems: string[] = [];
  for (const { id, file, data } of events) {
    const linked = new Set<string>();
    data.related.forEach((link, index) => {
      const at = `${file}: related[${index}].id "${link.id}"`;
      const target = byId.get(link.id);
      if (link.id === id) {
        problems.push(`${at} is this event itself (link to another event)`);
      } else if (!target) {
        // An invalid file is reported on its own; only an id no file has is this link's problem.
        if (files.has(link.id)) return;
        const now = renamed.get(link.id);
        const guess = now === undefined ? closest(link.id, [...byId.keys()]) : undefined;
        const hint = now
          ? `it was renamed: use "${now}"`
          : `${guess ? `did you mean "${guess}"? ` : ''}use the file name of an event in the folder, without .md`;
        problems.push(`${at} is not an event in the record (${hint})`);
      } else if (target.data.draft && !data.draft) {
        problems.push(`${at} is a draft, which is not published (link to it once it is, or remove the link)`);
      } else if (linked.has(link.id)) {
        problems.push(`${at} is already linked above (link to each event once)`);
      }
      linked.add(link.id);
    });
  }
  return problems;
}

/** A former id redirects to its event, so it must not be a current id or another event's former id. */
function formerIdProblems(events: readonly EventFile[], current: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const claimed = new Map<string, string>();
  for (const { file, data } of events) {
    data.formerIds.forEach((former, index) => {
      const at = `${file}: formerIds[${index}] "${former}"`;
      const owner = current.get(former);
      const earlier = claimed.get(former);
      if (owner !== undefined) {
        problems.push(
          `${at} is the id of ${owner} (a former id must no longer be in use; remove it or rename that file)`,
        );
      } else if (earlier !== undefined) {
        problems.push(`${at} is already a former id of ${earlier} (an old address can redirect to one event only)`);
      } else {
        claimed.set(former, file);
      }
    });
  }
  return problems;
}

/** Parses one file's text: its checked front matter and body, or every problem found in it. */
export function parseEventFile(source: string): { data: EventData; body: string } | { problems: string[] } {
  // A byte-order mark or Windows line endings are how some editors save; they change nothing in the content.
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return { problems: ['the file is empty (start it with front matter: a --- line, the fields, another --- line)'] };
  }
  if (!/^---[ \t]*\n/.test(text)) {
    return { problems: ['the file has no front matter (start it with a --- line, the fields, then another --- line)'] };
  }
  const unprintable = unprintableLines(text);
  if (unprintable.inFrontMatter) return { problems: unprintable.problems };
  let raw: unknown;
  let body: string;
  try {
    const parsed = matter(text, { engines: { yaml: (input) => loadYaml(input, { schema: TEXT_SCHEMA }) as object } });
    raw = parsed.data;
    body = parsed.content;
  } catch (error) {
    return { problems: [describeYamlError(error)] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: ['the front matter is not a list of "field: value" lines'] };
  }
  const result = eventSchema.safeParse(raw);
  if (!result.success) {
    return {
      problems: [...result.error.issues.flatMap((issue) => describeIssue(issue, raw)), ...unprintable.problems],
    };
  }
  if (unprintable.problems.length > 0) return { problems: unprintable.problems };
  return { data: result.data, body: body.replace(/^\n+/, '') };
}

/**
 * Lines holding a character no text may (a control character, a lone surrogate, a noncharacter), each named
 * by its line in the file, the first five of them; and whether any is in the front matter, which YAML then
 * cannot read. Characters written as YAML escapes (`"\a"`) are caught by the schema instead.
 */
function unprintableLines(text: string): { problems: string[]; inFrontMatter: boolean } {
  const lines = forbiddenByLine(text);
  if (lines.length === 0) return { problems: [], inFrontMatter: false };
  const closing = text.split('\n').findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line)) + 1;
  const part = (line: number) => (closing === 0 || line <= closing ? 'front matter' : 'narrative');
  const problems = lines
    .slice(0, 5)
    .map(
      ({ line, description, position }) =>
        `line ${line} (${part(line)}) contains ${description} at character ${position}; ${FORBIDDEN_CHARACTER_HELP}`,
    );
  if (lines.length > 5) problems.push(`${lines.length - 5} more lines hold such characters`);
  return { problems, inFrontMatter: lines.some(({ line }) => part(line) === 'front matter') };
}

/** A YAML syntax error, with its line in the file: gray-matter hands YAML the text from the end of the opening `---`, so js-yaml's 0-based line is one short of the file's. */
function describeYamlError(error: unknown): string {
  if (error instanceof YAMLException) {
    const line = error.mark ? ` at line ${error.mark.line + 1}` : '';
    return `the front matter is not valid YAML${line}: ${error.reason} (check quotes, colons and indentation)`;
  }
  return `the front matter could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

type Issue = z.core.$ZodIssue;

/** What a file's fields allow (by dotted name, list items unnumbered) and which fields each level knows. */
export interface FieldGuide {
  help: Record<string, string>;
  known: Record<string, readonly string[]>;
}

/**
 * Turns one schema issue into messages naming the field, its value, what is wrong and what is allowed;
 * `guide` describes the fields, an event file's unless another file's is given.
 */
export function describeIssue(
  issue: Issue,
  data: object,
  guide: FieldGuide = { help: FIELD_HELP, known: KNOWN_FIELDS },
): string[] {
  const field = fieldName(issue.path);
  const helpKey = issue.path.filter((part) => typeof part === 'string').join('.');
  if (issue.code === 'unrecognized_keys') {
    const known = guide.known[helpKey] ?? [];
    return issue.keys.map((key) => {
      const guess = closest(key, known);
      const hint = guess ? `did you mean "${guess}"? ` : '';
      return `${field ? `${field}.` : ''}${key} is not a known field (${hint}known fields: ${known.join(', ')})`;
    });
  }
  const value = valueAt(data, issue.path);
  const help = guide.help[helpKey];
  const suffix = help ? ` (${help})` : '';
  if (value === null) return [`${field} has no value (write one, or remove the line)${suffix}`];
  if (value === undefined) {
    // A rule about a missing field (such as a required level) says more than "is missing".
    return [`${field} ${issue.code === 'custom' ? issue.message : 'is missing'}${suffix}`];
  }
  return [`${field}${show(value)} ${problem(issue)}${suffix}`];
}

/** What is wrong, in an editor's words. */
function problem(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${{ string: 'text', array: 'a list', boolean: 'true or false', object: 'a set of fields' }[issue.expected as string] ?? issue.expected}`;
    case 'invalid_value':
      return 'is not an allowed value';
    default:
      return issue.message;
  }
}

/** `sources[0].url` from `['sources', 0, 'url']`. */
function fieldName(pathParts: readonly PropertyKey[]): string {
  return pathParts.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)),
    '',
  );
}

function valueAt(data: unknown, pathParts: readonly PropertyKey[]): unknown {
  return pathParts.reduce<unknown>(
    (value, part) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined,
    data,
  );
}

/** The offending value as it appears in a message; long text is shortened, lists and objects are not shown. */
function show(value: unknown): string {
  if (typeof value === 'string') {
    return ` ${showForbidden(JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value))}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return ` ${String(value)}`;
  return '';
}
