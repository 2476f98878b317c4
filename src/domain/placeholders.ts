/**
 * Placeholders: the text `npm run new` and `npm run import` write where only the editor can write (a summary,
 * the narrative, an outlet they could not tell). Every one starts with `TODO:`, so the build can refuse a
 * published event (no `draft: true`) that still holds one, naming the file and the field.
 */
import type { EventData } from './schema.ts';

/** How every placeholder starts. */
const PLACEHOLDER_MARK = 'TODO:';

/** A placeholder: the mark, then what the editor should write there. */
export const placeholder = (what: string) => `${PLACEHOLDER_MARK} ${what}`;

const holds = (value: unknown): value is string =>
  typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER_MARK);

/** `summary still holds the placeholder "TODO: summarise…"`: each field (and the narrative) still holding one. */
export function placeholderProblems(data: EventData, body: string): string[] {
  const problems: string[] = [];
  const say = (field: string, value: string) =>
    problems.push(
      `${field} still holds the placeholder "${value.length > 60 ? `${value.slice(0, 57)}...` : value}" written by npm run new or npm run import (write the real text, or keep draft: true until it is done)`,
    );
  for (const field of ['title', 'summary', 'location', 'occasion'] as const) {
    const value = data[field];
    if (holds(value)) say(field, value);
  }
  data.participants.forEach((participant, index) => {
    for (const field of ['name', 'role'] as const) {
      const value = participant[field];
      if (holds(value)) say(`participants[${index}].${field}`, value);
    }
  });
  data.sources.forEach((source, index) => {
    for (const field of ['title', 'publisher'] as const) {
      const value = source[field];
      if (holds(value)) say(`sources[${index}].${field}`, value);
    }
  });
  const line = body.split('\n').find((text) => holds(text));
  if (line !== undefined) say('the narrative', line.trim());
  return problems;
}
