import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readPlacesFile } from '../../src/loaders/places-file.ts';
import { folderWith } from '../helpers.ts';

const DALIAN = `- id: dalian
  name: Dalian
  zh: 大连
  ko: 다롄
  country: CN
  lat: 38.925
  lon: 121.628
  source: { naturalEarth: Dalian }`;

const ANJU = `- id: anju
  name: Anju
  country: KP
  lat: 39.62
  lon: 125.66
  source: { url: "https://en.wikipedia.org/wiki/Anju,_South_Pyongan" }`;

async function read(text: string) {
  const dir = await folderWith({ 'places.yaml': text });
  return readPlacesFile(`${dir}/places.yaml`, 'content/places.yaml');
}

describe('the places registry', () => {
  it('reads places with their names, country, coordinates and the source of those', async () => {
    const { places, problems } = await read(`${DALIAN}\n${ANJU}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      places.map(({ id, lat, lon, source }) => ({ id, lat, lon, source })),
      [
        { id: 'dalian', lat: 38.925, lon: 121.628, source: { naturalEarth: 'Dalian' } },
        { id: 'anju', lat: 39.62, lon: 125.66, source: { url: 'https://en.wikipedia.org/wiki/Anju,_South_Pyongan' } },
      ],
    );
  });

  it('reports every problem in one run, naming the file, the entry, the field and what is allowed', async () => {
    const { places, problems } = await read(
      [
        DALIAN.replace('lat: 38.925', 'lat: 98.925'),
        ANJU.replace('country: KP', 'country: DPRK').replace('lon: 125.66', 'lon: 125.6612'),
        DALIAN.replace('id: dalian', 'id: dandong').replace('source: { naturalEarth: Dalian }', 'source: {}'),
        ANJU.replace('id: anju', 'id: kaesong').replace('country: KP', 'country: KP\n  contry: KP'),
      ].join('\n'),
    );
    assert.deepEqual(places, []);
    assert.deepEqual(problems, [
      'content/places.yaml: entry 1 (dalian): lat 98.925 must be between -90 and 90 (latitude in degrees, north positive, at most 3 decimals, as the source gives it)',
      'content/places.yaml: entry 2 (anju): country "DPRK" is not an allowed value (one of CN, KP, KR, RU, MN, JP, VN, SG, US (ISO 3166-1 alpha-2))',
      'content/places.yaml: entry 2 (anju): lon 125.6612 has more than 3 decimals (longitude in degrees, east positive, at most 3 decimals, as the source gives it)',
      "content/places.yaml: entry 3 (dandong): source must give either naturalEarth or url, not both (" +
        "{ naturalEarth: the place's NAME in Natural Earth's 1:10m populated places } or { url: a page giving the coordinates })",
      'content/places.yaml: entry 4 (kaesong): contry is not a known field (did you mean "country"? known fields: id, name, zh, ko, aliases, country, lat, lon, source, note)',
    ]);
  });

  it('refuses coordinates without a source, and a source naming both kinds', async () => {
    const missing = await read(DALIAN.replace('\n  source: { naturalEarth: Dalian }', ''));
    assert.match(missing.problems[0]!, /entry 1 \(dalian\): source is missing/);
    const both = await read(DALIAN.replace('{ naturalEarth: Dalian }', '{ naturalEarth: Dalian, url: "https://example.org" }'));
    assert.match(both.problems[0]!, /source must give either naturalEarth or url, not both/);
  });

  it('refuses a second place with the same id, or with a spelling another place has', async () => {
    const { problems } = await read(
      `${DALIAN}\n${DALIAN}\n${ANJU.replace('id: anju', 'id: lushun').replace('name: Anju', 'name: Lüshun\n  aliases: [大连]')}`,
    );
    assert.deepEqual(problems, [
      'content/places.yaml: entry 2 (dalian): id "dalian" is already used by entry 1 (ids must be unique)',
      `content/places.yaml: entry 3 (lushun): the spelling "大连" is also dalian's (each spelling must name one place)`,
    ]);
  });

  it('says where YAML is broken, and that the file must be a list', async () => {
    assert.match((await read('- id: dalian\n  name: [Dalian\n')).problems[0]!, /^content\/places\.yaml: not valid YAML at line \d+/);
    assert.deepEqual((await read('id: dalian\n')).problems, [
      'content/places.yaml: must be a list of places (each starting "- id: ...")',
    ]);
  });

  it("holds the project's registry valid, every place with a source", async () => {
    const { places, problems } = await readPlacesFile('content/places.yaml', 'content/places.yaml');
    assert.deepEqual(problems, []);
    assert.ok(places.length > 20);
    for (const place of places) assert.ok(place.source.naturalEarth ?? place.source.url, place.id);
  });
});
