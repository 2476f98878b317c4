import { CORE_SCHEMA, dump } from 'js-yaml';

/** A value with a note for the editor, written as `#` lines above its field (or list item). */
class Noted {
  readonly note: string;
  readonly value: unknown;
  constructor(note: string, value: unknown) {
    this.note = note;
    this.value = value;
  }
}

/** `value` with `note` written above it; no note, the value alone. */
export const noted = (note: string | undefined, value: unknown): unknown =>
  note === undefined || note === '' ? value : new Noted(note, value);

/** A scalar as the build's reader reads it back unchanged (core schema: `yes`, `1961`, `# x` are quoted). */
const scalar = (value: unknown) => dump(value, { schema: CORE_SCHEMA, lineWidth: -1, flowLevel: 0 }).trimEnd();

/** A note as `#` lines of at most about 110 characters, later lines indented under the first. */
function commentLines(text: string, indent = ''): string[] {
  const lines: string[] = [];
  let words: string[] = [];
  const prefix = () => `${indent}#${lines.length ? '   ' : ' '}`;
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (words.length && prefix().length + [...words, word].join(' ').length > 110) {
      lines.push(prefix() + words.join(' '));
      words = [];
    }
    words.push(word);
  }
  lines.push(prefix() + words.join(' '));
  return lines;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Noted);

const unwrap = (raw: unknown) => (raw instanceof Noted ? raw : { note: undefined, value: raw });

/** One `key: value` field at `indent`, its note above it; a list of records as `- key: value` blocks. */
function fieldLines(key: string, raw: unknown, indent: string): string[] {
  const { note, value } = unwrap(raw);
  if (value === undefined) return [];
  const lines = note ? commentLines(note, indent) : [];
  if (Array.isArray(value) && value.some((item) => isRecord(item) || item instanceof Noted)) {
    lines.push(`${indent}${key}:`);
    for (const item of value) lines.push(...itemLines(item, `${indent}  `));
  } else if (Array.isArray(value)) {
    lines.push(`${indent}${key}: [${value.map(scalar).join(', ')}]`);
  } else {
    lines.push(`${indent}${key}: ${scalar(value)}`);
  }
  return lines;
}

/** One list item: its fields indented under a dash on the first of them. */
function itemLines(raw: unknown, indent: string): string[] {
  const { note, value } = unwrap(raw);
  const body = Object.entries(value as Record<string, unknown>).flatMap(([key, field]) =>
    fieldLines(key, field, `${indent}  `),
  );
  const first = body.findIndex((line) => !line.trimStart().startsWith('#'));
  body[first] = `${indent}- ${body[first]!.slice(indent.length + 2)}`;
  return [...(note ? commentLines(note, indent) : []), ...body];
}

/**
 * A whole event file as both editor tools write it: notes for the editor, the front matter field by field (in
 * the order given, each value written so the build reads back exactly what was meant, a note above any field
 * that has one), then the narrative. The one writer of draft files, so `new` and `import` cannot drift apart.
 */
export function eventFileText(header: readonly string[], fields: Record<string, unknown>, body: string): string {
  const lines = ['---', ...header.flatMap((note) => commentLines(note))];
  for (const [key, value] of Object.entries(fields)) lines.push(...fieldLines(key, value, ''));
  return `${[...lines, '---'].join('\n')}\n\n${body.trimEnd()}\n`;
}
