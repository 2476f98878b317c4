import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PlaceRegistry, placeNames } from '../../src/domain/places.ts';
import type { Place } from '../../src/domain/schema.ts';
import { readRecord } from '../../src/loaders/record.ts';
import { eventFile, folderWith, VALID } from '../helpers.ts';

const place = (id: string, name: string, extra: Partial<Place> = {}): Place => ({
  id,
  name,
  aliases: [],
  country: 'CN',
  lat: 40,
  lon: 120,
  source: { naturalEarth: name },
  ...extra,
});

const REGISTRY = new PlaceRegistry([
  place('dalian', 'Dalian', { zh: '大连' }),
  place('tianjin', 'Tianjin'),
  place('beijing', 'Beijing', { aliases: ['Peking'] }),
]);

describe("an event's places", () => {
  it('accepts ids of the registry, in any order and with a return to an earlier stop', () => {
    assert.deepEqual(REGISTRY.problems(['dalian', 'tianjin', 'beijing', 'dalian'], 'content/places.yaml'), []);
  });

  it('names the place meant when a name, a native spelling or a typo is written instead of an id', () => {
    assert.deepEqual(REGISTRY.problems(['Peking', '大连', 'tianjn', 'lhasa'], 'content/places.yaml'), [
      'places[0] "Peking" is not a place id in content/places.yaml (did you mean "beijing"? use the id of a place listed there, or add the place there with its coordinates and their source)',
      'places[1] "大连" is not a place id in content/places.yaml (did you mean "dalian"? use the id of a place listed there, or add the place there with its coordinates and their source)',
      'places[2] "tianjn" is not a place id in content/places.yaml (did you mean "tianjin"? use the id of a place listed there, or add the place there with its coordinates and their source)',
      'places[3] "lhasa" is not a place id in content/places.yaml (use the id of a place listed there, or add the place there with its coordinates and their source)',
    ]);
  });

  it('refuses the same stop twice in a row', () => {
    assert.deepEqual(REGISTRY.problems(['dalian', 'dalian'], 'content/places.yaml'), [
      'places[1] "dalian" repeats places[0] (list each stop once, in the order travelled)',
    ]);
  });

  it('writes a location from the names, each once, in order', () => {
    assert.equal(placeNames([{ name: 'Beijing' }]), 'Beijing');
    assert.equal(placeNames([{ name: 'Beijing' }, { name: 'Nanjing' }, { name: 'Beijing' }]), 'Beijing and Nanjing');
    assert.equal(placeNames([{ name: 'Dalian' }, { name: 'Tianjin' }, { name: 'Beijing' }]), 'Dalian, Tianjin and Beijing');
  });

  it('fills a missing location from the places, keeps a written one as a caption, and fails naming the file for an unknown place', async () => {
    const dir = await folderWith({
      'events/2010-05-03-a.md': eventFile(`${VALID}\nplaces: [dalian, tianjin, beijing]`),
      'events/2010-05-04-b.md': eventFile(`${VALID}\nlocation: Beijing, at the Great Hall\nplaces: [beijing]`),
      'events/2010-05-05-c.md': eventFile(`${VALID}\nplaces: [dalain]`),
      'events/2010-05-06-d.md': eventFile(VALID),
      'people.yaml': '[]',
      'places.yaml': `
- { id: dalian, name: Dalian, country: CN, lat: 38.925, lon: 121.628, source: { naturalEarth: Dalian } }
- { id: tianjin, name: Tianjin, country: CN, lat: 39.132, lon: 117.198, source: { naturalEarth: Tianjin } }
- { id: beijing, name: Beijing, country: CN, lat: 39.931, lon: 116.386, source: { naturalEarth: Beijing } }
`,
    });
    const record = await readRecord(`${dir}/events`, `${dir}/people.yaml`, (file) => file.slice(dir.length + 1), {
      placesFile: `${dir}/places.yaml`,
    });
    const located = Object.fromEntries(record.events.map(({ id, data }) => [id, data.location]));
    assert.deepEqual(located, {
      '2010-05-03-a': 'Dalian, Tianjin and Beijing',
      '2010-05-04-b': 'Beijing, at the Great Hall',
      '2010-05-05-c': undefined,
      '2010-05-06-d': undefined,
    });
    assert.deepEqual(
      record.problems.filter((problem) => problem.includes('places')),
      [
        'events/2010-05-05-c.md: places[0] "dalain" is not a place id in places.yaml (did you mean "dalian"? use the id of a place listed there, or add the place there with its coordinates and their source)',
      ],
    );
  });
});
