import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PlaceRegistry } from '../../src/domain/places.ts';
import { readPlacesFile } from '../../src/loaders/places-file.ts';
import { routeMap } from '../../src/map/prepare.ts';
import { routeDescription, routeTitle } from '../../src/map/route.ts';

const { places } = await readPlacesFile('content/places.yaml', 'content/places.yaml');
const registry = new PlaceRegistry(places);

describe("an event's route", () => {
  it('numbers the stops in the order the event lists them', () => {
    const map = routeMap(['mudanjiang', 'changchun', 'yangzhou', 'nanjing', 'beijing'], registry)!;
    assert.deepEqual(
      map.stops.map(({ number, place }) => `${number} ${place.name}`),
      ['1 Mudanjiang', '2 Changchun', '3 Yangzhou', '4 Nanjing', '5 Beijing'],
    );
  });

  it('draws one line through the stops in that order', () => {
    const map = routeMap(['dalian', 'tianjin', 'beijing'], registry)!;
    const points = map.line.slice(1).split('L').map((pair) => pair.split(',').map(Number));
    const at = (id: string) => map.markers.find((marker) => marker.place.id === id)!;
    assert.deepEqual(points, ['dalian', 'tianjin', 'beijing'].map((id) => [at(id).x, at(id).y]));
  });

  it('puts every number of a place visited twice on its one marker', () => {
    const map = routeMap(['beijing', 'tianjin', 'shenzhen', 'beijing'], registry)!;
    assert.deepEqual(
      map.markers.map(({ place, numbers }) => [place.id, numbers]),
      [
        ['beijing', [1, 4]],
        ['tianjin', [2]],
        ['shenzhen', [3]],
      ],
    );
  });

  it('fits the map to the stops, so each lies inside it', () => {
    const map = routeMap(['manzhouli', 'hulunbuir', 'qiqihar', 'daqing', 'tonghua'], registry)!;
    for (const { x, y } of map.markers) assert.ok(x > 0 && x < map.width && y > 0 && y < map.height);
    assert.ok(map.land.length > 100, 'land is drawn');
  });

  it('draws no map for an event without places', () => {
    assert.equal(routeMap([], registry), undefined);
  });

  it("titles and describes the map from its stops", () => {
    const stops = routeMap(['dalian', 'tianjin', 'beijing'], registry)!.stops;
    assert.equal(routeTitle(stops), 'A journey of 3 stops, from Dalian to Beijing');
    assert.equal(routeDescription(stops), '1 Dalian (China), then 2 Tianjin (China), then 3 Beijing (China).');
    const one = routeMap(['pyongyang'], registry)!.stops;
    assert.equal(routeTitle(one), 'Where it happened: Pyongyang, North Korea');
  });
});
