import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EVENT_TYPES, LEVELS } from '../../src/domain/schema.ts';
import { EVENT_COLUMNS, PARTICIPANT_COLUMNS, SOURCE_COLUMNS } from '../../src/exports/columns.ts';
import { csvPath, dataPackage } from '../../src/exports/datapackage.ts';

const descriptor = dataPackage({ title: 'T', description: 'D.' });
const resource = (name: string) => descriptor.resources.find((candidate) => candidate.name === name)!;
const fieldOf = (table: string, name: string) =>
  resource(table).schema.fields.find((field) => field.name === name) as Record<string, unknown> & {
    constraints: Record<string, unknown>;
  };

describe('the data package', () => {
  it('lists the three CSV tables, without their Excel variants', () => {
    assert.equal(descriptor.profile, 'tabular-data-package');
    assert.deepEqual(
      descriptor.resources.map(({ name, path, format, mediatype, encoding }) => [
        name,
        path,
        format,
        mediatype,
        encoding,
      ]),
      [
        ['events', 'events.csv', 'csv', 'text/csv', 'utf-8'],
        ['participants', 'participants.csv', 'csv', 'text/csv', 'utf-8'],
        ['sources', 'sources.csv', 'csv', 'text/csv', 'utf-8'],
      ],
    );
    assert.equal(csvPath('events', { excel: true }), 'events-excel.csv');
  });

  it('describes every column, in the order the CSV writes them', () => {
    for (const [table, columns] of [
      ['events', EVENT_COLUMNS],
      ['participants', PARTICIPANT_COLUMNS],
      ['sources', SOURCE_COLUMNS],
    ] as const) {
      assert.deepEqual(
        resource(table).schema.fields.map(({ name, description }) => [name, description]),
        columns.map(({ name, description }) => [name, description]),
      );
    }
  });

  it('gives enumerated fields their values from the schema, and partial dates as patterned text', () => {
    assert.deepEqual(fieldOf('events', 'type').constraints.enum, [...EVENT_TYPES]);
    assert.deepEqual(fieldOf('events', 'level').constraints, { required: false, enum: [...LEVELS] });
    const date = fieldOf('events', 'date');
    assert.equal(date.type, 'string');
    const pattern = new RegExp(`^(?:${date.constraints.pattern})$`);
    for (const value of ['1958', '1958-11', '1958-11-22']) assert.match(value, pattern);
    for (const value of ['58', '1958-1', '1958/11/22', '1958-11-22T00:00']) assert.doesNotMatch(value, pattern);
    assert.deepEqual(fieldOf('participants', 'lead'), {
      name: 'lead',
      type: 'boolean',
      description: PARTICIPANT_COLUMNS.at(-1)!.description,
      trueValues: ['true'],
      falseValues: ['false'],
      constraints: { required: true },
    });
  });

  it('keys events by id, and points participants and sources at them', () => {
    assert.deepEqual(resource('events').schema, { ...resource('events').schema, primaryKey: ['id'] });
    for (const table of ['participants', 'sources']) {
      assert.deepEqual((resource(table).schema as { foreignKeys?: unknown }).foreignKeys, [
        { fields: ['event_id'], reference: { resource: 'events', fields: ['id'] } },
      ]);
    }
  });

  it('names a home page only when the site has an address, and declares no license', () => {
    assert.equal('homepage' in descriptor, false);
    assert.equal(
      dataPackage({ title: 'T', description: 'D.', homepage: 'https://example.org/' }).homepage,
      'https://example.org/',
    );
    assert.equal('licenses' in descriptor, false);
  });
});
