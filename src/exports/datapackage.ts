import { TABLES, type Column, type TableName } from './columns.ts';

/**
 * `/datapackage.json`: a Frictionless Data Package (v1, tabular profile) describing the three CSV tables,
 * generated from the same column descriptions the CSV writer uses, so the two cannot drift. No license is
 * declared: the project states none.
 */

/** The file each table is published as; `excel` for the variant with a byte-order mark. */
export const csvPath = (table: TableName, { excel = false } = {}) => `${table}${excel ? '-excel' : ''}.csv`;

/** How the CSV files are written (see `toCsv`), in Table Schema's CSV Dialect terms. */
const DIALECT = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  skipInitialSpace: false,
  header: true,
};

/** A column as a Table Schema field. */
function field(column: Column) {
  return {
    name: column.name,
    type: column.type,
    ...(column.format ? { format: column.format } : {}),
    description: column.description,
    ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    constraints: {
      required: column.required,
      ...(column.unique ? { unique: true } : {}),
      ...(column.enum ? { enum: [...column.enum] } : {}),
      ...(column.pattern ? { pattern: column.pattern } : {}),
    },
  };
}

/** Keys between the tables: events by id; participants and sources point at their event. */
const KEYS: Record<TableName, object> = {
  events: { primaryKey: ['id'] },
  participants: { foreignKeys: [{ fields: ['event_id'], reference: { resource: 'events', fields: ['id'] } }] },
  sources: { foreignKeys: [{ fields: ['event_id'], reference: { resource: 'events', fields: ['id'] } }] },
};

export interface PackageInfo {
  title: string;
  description: string;
  /** The site's home page, when its address is known. */
  homepage?: string | undefined;
}

/** The descriptor. Resource paths are relative to it, so it works at any address and under a base path. */
export function dataPackage({ title, description, homepage }: PackageInfo) {
  return {
    profile: 'tabular-data-package',
    name: 'china-dprk-diplomacy-timeline',
    title,
    description,
    ...(homepage ? { homepage } : {}),
    resources: (Object.keys(TABLES) as TableName[]).map((table) => ({
      profile: 'tabular-data-resource',
      name: table,
      path: csvPath(table),
      title: TABLES[table].title,
      description: TABLES[table].description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: DIALECT,
      schema: {
        fields: TABLES[table].columns.map(field),
        missingValues: [''],
        ...KEYS[table],
      },
    })),
  };
}
