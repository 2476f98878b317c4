import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { placeholderProblems } from '../domain/placeholders.ts';
import { eventSchema, FIELD_HELP, ID_PATTERN, KNOWN_FIELDS, type EventData } from '../domain/schema.ts';
import { closest } from '../text/closest.ts';

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

/** Whether a file in the events folder is an event: Markdown, and not a `_template`. */
function isEventFile(name: string): boolean {
  return name.endsWith('.md') && !name.startsWith('_') && !name.startsWith('.');
}

/** All event files under `dir`, in subfolders too, sorted so every build reads them in the same order. */
async function listEventFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isEventFile(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(
      (file) =>
        !path
          .relative(dir, file)
          .split(path.sep)
          .some((part) => part.startsWith('_')),
    )
    .sort();
}

/** The text of every file, read many at a time: one after another, thousands of reads mostly wait. */
async function readAll(files: readonly string[], atOnce = 64): Promise<string[]> {
  const texts: string[] = [];
  for (let start = 0; start < files.length; start += atOnce) {
    texts.push(...(await Promise.all(files.slice(start, start + atOnce).map((file) => readFile(file, 'utf8')))));
  }
  return texts;
}

/**
 * Reads and checks every event file under `dir`. Nothing is skipped quietly: each file either yields an
 * event or one or more problems. `label` turns an absolute path into the one shown in messages.
 */
export async function readEventFolder(
  dir: string,
  label: (file: string) => string = (file) => file,
): Promise<EventFolder> {
  const events: EventFile[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const files = await listEventFiles(dir);
  const texts = await readAll(files);
  for (const [index, absolute] of files.entries()) {
    const file = label(absolute);
    const id = path.basename(absolute, '.md');
    const result = parseEventFile(texts[index]!);
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
  return { events, problems };
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
  let raw: unknown;
  let body: string;
  try {
    // The YAML core schema keeps `2023-07-26` as text: the default schema would turn it into a local-time Date
    // and quietly roll an impossible `2023-02-30` over into March.
    const parsed = matter(text, { engines: { yaml: (input) => loadYaml(input, { schema: CORE_SCHEMA }) as object } });
    raw = parsed.data;
    body = parsed.content;
  } catch (error) {
    return { problems: [describeYamlError(error)] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: ['the front matter is not a list of "field: value" lines'] };
  }
  const result = eventSchema.safeParse(raw);
  if (!result.success) return { problems: result.error.issues.flatMap((issue) => describeIssue(issue, raw)) };
  return { data: result.data, body: body.replace(/^\n+/, '') };
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

/** Turns one schema issue into messages naming the field, its value, what is wrong and what is allowed. */
function describeIssue(issue: Issue, data: object): string[] {
  const field = fieldName(issue.path);
  const helpKey = issue.path.filter((part) => typeof part === 'string').join('.');
  if (issue.code === 'unrecognized_keys') {
    const known = KNOWN_FIELDS[helpKey] ?? [];
    return issue.keys.map((key) => {
      const guess = closest(key, known);
      const hint = guess ? `did you mean "${guess}"? ` : '';
      return `${field ? `${field}.` : ''}${key} is not a known field (${hint}known fields: ${known.join(', ')})`;
    });
  }
  const value = valueAt(data, issue.path);
  const help = FIELD_HELP[helpKey];
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
  if (typeof value === 'string') return ` ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return ` ${String(value)}`;
  return '';
}
