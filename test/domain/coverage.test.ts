import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparableQuery, COMPARABLE_LEVELS, coverageCounts, isComplete } from '../../src/domain/coverage.ts';
import { event } from '../helpers.ts';

describe('what the record covers', () => {
  const events = [
    event({ type: 'state-visit', direction: 'china-to-dprk', level: 'leader' }, 'a'),
    event({ type: 'delegation', direction: 'china-to-dprk', level: 'minister' }, 'b'),
    event({ type: 'talks', direction: 'dprk-to-china', level: 'politburo', tags: ['unannounced'] }, 'c'),
    event({ type: 'visit', direction: 'dprk-to-china', level: 'vice-minister' }, 'd'),
    event({ type: 'message', direction: 'china-to-dprk', level: 'leader' }, 'e'),
    event({ type: 'summit', direction: 'multilateral', level: 'leader' }, 'f'),
  ];
  const counts = coverageCounts(events);

  it('counts one-way visits and meetings by level and direction, and nothing else', () => {
    assert.deepEqual(counts.byLevel.leader, { 'china-to-dprk': 1, 'dprk-to-china': 0 });
    assert.deepEqual(counts.byLevel.minister, { 'china-to-dprk': 1, 'dprk-to-china': 0 });
    assert.deepEqual(counts.byLevel.politburo, { 'china-to-dprk': 0, 'dprk-to-china': 1 });
    assert.deepEqual(counts.byLevel['vice-minister'], { 'china-to-dprk': 0, 'dprk-to-china': 1 });
    assert.equal(counts.total, 6);
    assert.equal(counts.unannounced, 1);
  });

  it('separates the complete tier from the levels CSIS counts (foreign minister and above)', () => {
    assert.deepEqual(counts.complete, { 'china-to-dprk': 1, 'dprk-to-china': 0 });
    assert.deepEqual(counts.comparable, { 'china-to-dprk': 2, 'dprk-to-china': 1 });
    assert.deepEqual(COMPARABLE_LEVELS, ['leader', 'head-of-government', 'senior-leader', 'politburo', 'minister']);
    assert.equal(isComplete('senior-leader'), true);
    assert.equal(isComplete('politburo'), false);
  });

  it('links the comparable view as the timeline filter reads it', () => {
    const query = comparableQuery();
    assert.deepEqual(query.getAll('level'), COMPARABLE_LEVELS);
    assert.ok(query.getAll('type').includes('delegation'));
    assert.ok(!query.getAll('type').includes('message'));
  });
});
