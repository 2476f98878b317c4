import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Registry } from '../../src/domain/registry.ts';
import { exportEvent } from '../../src/exports/events-json.ts';
import { recordEvent } from '../helpers.ts';

describe('/events.json', () => {
  it('publishes every field, dates as written and null for what is absent', () => {
    assert.deepEqual(exportEvent(recordEvent({ title: 'a', date: '1961-07-11' }, 'a'), '/events/a/'), {
      id: 'a',
      title: 'a',
      date: '1961-07-11',
      end: null,
      type: 'message',
      direction: 'mutual',
      level: null,
      location: null,
      places: [],
      occasion: null,
      participants: [],
      summary: 'Summary.',
      sources: [{ title: 'Report', publisher: 'Xinhua', url: null, published: null, side: null }],
      tags: [],
      accounts: null,
      added: null,
      url: '/events/a/',
    });
  });

  it('lists the places by id, in the order of the journey', () => {
    const event = recordEvent({ places: ['dalian', 'tianjin', 'beijing'] }, 'a');
    assert.deepEqual(exportEvent(event, '/events/a/').places, ['dalian', 'tianjin', 'beijing']);
  });

  it('names each participant as the registry does, with their id', () => {
    const registry = new Registry([
      { id: 'kim-jong-un', name: 'Kim Jong Un', aliases: ['Kim Jong-un'], side: 'dprk', offices: [] },
    ]);
    const event = recordEvent({ participants: [{ name: 'Kim Jong-un', role: 'Chairman' }] }, 'a', registry);
    assert.deepEqual(exportEvent(event, '/events/a/').participants, [
      { person: 'kim-jong-un', name: 'Kim Jong Un', side: 'dprk', role: 'Chairman' },
    ]);
  });
});
