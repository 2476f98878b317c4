/**
 * The codebook: every field an event has, its type, whether it is required and what it means, read from
 * the event schema itself (its JSON Schema form), so it cannot drift from what the build accepts.
 */
import { z } from 'astro/zod';
import { contextSchema } from '../domain/context-schema.ts';
import { eventSchema, placeSchema } from '../domain/schema.ts';

/** One field as the codebook lists it; the fields inside an object, or inside a list's entries, follow it. */
export interface CodebookField {
  /** `title`, or `participants[].name` inside a list. */
  name: string;
  /** In words: text, calendar date, true or false, one of the values listed, a list of … */
  type: string;
  /** Whether the field must be given; for a field inside another, whenever that one (`within`) is given. */
  required: boolean;
  /** The field this one sits inside, for nested fields. */
  within?: string;
  description: string;
  /** The values allowed, for enumerated fields. */
  values?: readonly string[];
  /** Limits worth knowing: the longest text, the fewest items. */
  limits?: string;
}

interface JsonSchema {
  type?: string;
  format?: string;
  enum?: string[];
  description?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return 'one of the values listed';
  if (schema.format === 'calendar-date') return 'calendar date: YYYY-MM-DD, YYYY-MM or YYYY';
  if (schema.format === 'calendar-day') return 'calendar day: YYYY-MM-DD';
  if (schema.type === 'boolean') return 'true or false';
  if (schema.type === 'number') return 'number';
  if (schema.type === 'object') return 'a set of fields';
  if (schema.type === 'array')
    return schema.items?.type === 'object' ? 'list of entries' : `list of ${typeOf(schema.items ?? {})}`;
  return 'text';
}

function limitsOf(schema: JsonSchema): string | undefined {
  const limits = [
    schema.maxLength !== undefined ? `at most ${schema.maxLength} characters` : '',
    schema.minItems !== undefined ? `at least ${schema.minItems}` : '',
    schema.minimum !== undefined && schema.maximum !== undefined ? `from ${schema.minimum} to ${schema.maximum}` : '',
  ].filter(Boolean);
  return limits.length ? limits.join('; ') : undefined;
}

function fieldsOf(schema: JsonSchema, prefix = '', within?: string): CodebookField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    const values = field.enum ?? field.items?.enum;
    const limits = limitsOf(field);
    const entry: CodebookField = {
      name,
      type: typeOf(field),
      required: required.has(key),
      ...(within ? { within } : {}),
      description: field.description ?? '',
      ...(values ? { values } : {}),
      ...(limits ? { limits } : {}),
    };
    const nested =
      field.type === 'array' && field.items?.type === 'object'
        ? fieldsOf(field.items, `${name}[].`, name)
        : field.type === 'object'
          ? fieldsOf(field, `${name}.`, name)
          : [];
    return [entry, ...nested];
  });
}

/** Every field of an event file, nested list fields after their list, in the schema's order. */
export function eventFields(): CodebookField[] {
  return fieldsOf(z.toJSONSchema(eventSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
}

/** Every field of a context item (`content/context/*.yaml`), as the codebook lists them. */
export function contextFields(): CodebookField[] {
  return fieldsOf(z.toJSONSchema(contextSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
}

/** Every field of a place in `content/places.yaml`. */
export function placeFields(): CodebookField[] {
  return fieldsOf(z.toJSONSchema(placeSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
}
