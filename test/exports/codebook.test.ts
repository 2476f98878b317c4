import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KNOWN_FIELDS, EVENT_TYPES } from '../../src/domain/schema.ts';
import { eventFields, placeFields } from '../../src/exports/codebook.ts';

describe('the codebook', () => {
  const fields = eventFields();
  const field = (name: string) => fields.find((entry) => entry.name === name)!;

  it('lists every field the schema accepts, nested ones under their list, each described', () => {
    const expected = [
      ...KNOWN_FIELDS['']!,
      ...KNOWN_FIELDS.participants!.map((name) => `participants[].${name}`),
      ...KNOWN_FIELDS.sources!.map((name) => `sources[].${name}`),
      ...KNOWN_FIELDS.accounts!.map((name) => `accounts.${name}`),
      ...KNOWN_FIELDS['accounts.china']!.map((name) => `accounts.china.${name}`),
      ...KNOWN_FIELDS['accounts.dprk']!.map((name) => `accounts.dprk.${name}`),
      ...KNOWN_FIELDS['accounts.phrases']!.map((name) => `accounts.phrases[].${name}`),
      ...KNOWN_FIELDS.corrections!.map((name) => `corrections[].${name}`),
      ...KNOWN_FIELDS.related!.map((name) => `related[].${name}`),
    ];
    assert.deepEqual(new Set(fields.map((entry) => entry.name)), new Set(expected));
    for (const entry of fields) assert.ok(entry.description.length > 10, `${entry.name} is described`);
  });

  it('says which fields are required, their types and their allowed values, as the build does', () => {
    assert.deepEqual(
      fields.filter((entry) => entry.required).map((entry) => entry.name),
      [
        'title',
        'date',
        'type',
        'direction',
        'participants[].name',
        'summary',
        'sources',
        'sources[].title',
        'sources[].publisher',
        // Required within an optional field: needed only when it is given.
        'accounts.china',
        'accounts.china.source',
        'accounts.china.said',
        'accounts.dprk',
        'accounts.dprk.source',
        'accounts.dprk.said',
        'accounts.phrases[].side',
        'accounts.phrases[].text',
        'corrections[].date',
        'corrections[].note',
        'related[].id',
      ],
    );
    assert.equal(field('sources[].accessed').type, 'calendar day: YYYY-MM-DD');
    assert.equal(field('corrections[].date').type, 'calendar day: YYYY-MM-DD');
    assert.equal(field('corrections[].note').limits, 'at most 300 characters');
    assert.equal(field('date').type, 'calendar date: YYYY-MM-DD, YYYY-MM or YYYY');
    assert.equal(field('draft').type, 'true or false');
    assert.deepEqual(field('type').values, EVENT_TYPES);
    assert.equal(field('title').limits, 'at most 160 characters');
    assert.equal(field('sources').limits, 'at least 1');
  });

  it('calls a place’s coordinates numbers, with their range, not text', () => {
    const place = (name: string) => placeFields().find((entry) => entry.name === name)!;
    assert.equal(place('lat').type, 'number');
    assert.equal(place('lat').limits, 'from -90 to 90');
    assert.equal(place('lon').limits, 'from -180 to 180');
  });
});
