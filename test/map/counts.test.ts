import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  countPlaces,
  labelBox,
  labelsToShow,
  mapSummary,
  MAX_RADIUS,
  radiusOf,
  unlocatedSentence,
} from '../../src/map/counts.ts';

describe('counting places', () => {
  it('counts each event once at each place it names, however often its journey returns there', () => {
    // Beijing 0, Nanjing 1, Dalian 2: one trip Beijing–Nanjing–Beijing, one to Dalian, one to Beijing, one unplaced.
    const tally = countPlaces([[0, 1, 0], [2], [0], []], 3);
    assert.deepEqual(tally, { counts: [2, 1, 1], located: 3, unlocated: 1 });
  });

  it('ignores a place the map does not hold, rather than miscounting another', () => {
    assert.deepEqual(countPlaces([[0, -1, 7]], 2).counts, [1, 0]);
  });
});

describe('circle sizes', () => {
  it('gives the busiest place the largest circle and sizes the others by area', () => {
    assert.equal(radiusOf(40, 40), MAX_RADIUS);
    // A quarter of the events: a quarter of the area, half the radius.
    assert.equal(radiusOf(10, 40), MAX_RADIUS / 2);
  });

  it('draws nothing for no event, and something findable for one', () => {
    assert.equal(radiusOf(0, 40), 0);
    assert.ok(radiusOf(1, 1000) >= 3);
  });
});

describe("the map's words", () => {
  const places = [
    { name: 'Beijing', drawn: true },
    { name: 'Pyongyang', drawn: true },
    { name: 'Guangzhou', drawn: false },
    { name: 'Dalian', drawn: true },
  ];

  it('says how many places, the busiest, what lies beyond the map and what has no place', () => {
    assert.equal(
      mapSummary(places, { counts: [30, 25, 2, 0], located: 50, unlocated: 3 }),
      '3 places named by 50 events; most often Beijing 30, Pyongyang 25, Guangzhou 2. ' +
        '1 lies beyond the area drawn (Guangzhou) and is in the table only. ' +
        '3 events have no place recorded and are not on the map.',
    );
  });

  it('says so when nothing is shown or nothing shown has a place', () => {
    assert.equal(mapSummary(places, { counts: [0, 0, 0, 0], located: 0, unlocated: 0 }), 'No events are shown, so no places are marked.');
    assert.equal(mapSummary(places, { counts: [0, 0, 0, 0], located: 0, unlocated: 1 }), 'No place is recorded for the 1 event shown.');
    assert.equal(unlocatedSentence(0), '');
    assert.equal(unlocatedSentence(1), '1 event has no place recorded and is not on the map.');
  });

  it('names the busiest places first, skipping a label that would overlap one already placed', () => {
    const boxes = [labelBox(100, 100, 'Beijing'), labelBox(104, 104, 'Tianjin'), labelBox(300, 100, 'Pyongyang'), undefined];
    assert.deepEqual([...labelsToShow([40, 10, 30, 5], boxes)], [0, 2]);
    assert.deepEqual([...labelsToShow([40, 10, 30, 5], boxes, 1)], [0]);
    assert.deepEqual([...labelsToShow([0, 10, 0, 0], boxes)], [1]);
  });
});
