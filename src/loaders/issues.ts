import type { z } from 'astro/zod';
import { closest } from '../text/closest.ts';

/**
 * Schema issues in an editor's words, for the files that have no Markdown body (the registries and the
 * context items): `field "value" what is wrong (what is allowed)`, the way event files are reported.
 */
export interface IssueHelp {
  /** What each field allows, by its path without list indexes (`sources.url`). */
  help: Record<string, string>;
  /** The fields allowed at each level, by the same path (`''` for the top), for "did you mean" hints. */
  known: Record<string, readonly string[]>;
}

/** `sources[0].url` from `['sources', 0, 'url']`. */
const fieldName = (parts: readonly PropertyKey[]) =>
  parts.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)),
    '',
  );

const valueAt = (data: unknown, parts: readonly PropertyKey[]) =>
  parts.reduce<unknown>(
    (value, part) =>
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined,
    data,
  );

/** The offending value as a message shows it: text (shortened) and numbers, never lists or objects. */
const show = (value: unknown) =>
  typeof value === 'string'
    ? ` ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`
    : typeof value === 'number' || typeof value === 'boolean'
      ? ` ${String(value)}`
      : '';

/** One schema issue as one or more messages. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown, { help, known }: IssueHelp): string[] {
  const field = fieldName(issue.path);
  const key = issue.path.filter((part) => typeof part === 'string').join('.');
  if (issue.code === 'unrecognized_keys') {
    const fields = known[key] ?? [];
    return issue.keys.map((unknown) => {
      const guess = closest(unknown, fields);
      return `${field ? `${field}.` : ''}${unknown} is not a known field (${guess ? `did you mean "${guess}"? ` : ''}known fields: ${fields.join(', ')})`;
    });
  }
  const value = valueAt(data, issue.path);
  const suffix = help[key] ? ` (${help[key]})` : '';
  if (value === null) return [`${field} has no value (write one, or remove the line)${suffix}`];
  if (value === undefined) return [`${field || 'entry'} ${issue.code === 'custom' ? issue.message : 'is missing'}${suffix}`];
  const problem =
    issue.code === 'invalid_type'
      ? `must be ${{ string: 'text', array: 'a list', boolean: 'true or false', object: 'a set of fields', number: 'a number' }[issue.expected as string] ?? issue.expected}`
      : issue.code === 'invalid_value'
        ? 'is not an allowed value'
        : issue.message;
  return [`${field || 'entry'}${show(value)} ${problem}${suffix}`];
}
