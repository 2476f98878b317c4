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
      sources: [
        {
          title: 'Report',
          publisher: 'Xinhua',
          url: null,
          published: null,
          side: null,
          accessed: null,
          archived: null,
        },
      ],
      tags: [],
      accounts: null,
      added: null,
      corrections: [],
      related: [],
      url: '/events/a/',
    });
  });

  it('lists the places by id, in the order of the journey', () => {
    const event = recordEvent({ places: ['dalian', 'tianjin', 'beijing'] }, 'a');
    assert.deepEqual(exportEvent(event, '/events/a/').places, ['dalian', 'tianjin', 'beijing']);
  });

  it('publishes corrections and the editors’ related links as written', () => {
    const event = recordEvent(
      {
        corrections: [{ date: '2026-11-23', note: 'The envoy was misnamed.' }],
        related: [{ id: 'b' }, { id: 'c', note: 'the return visit' }],
      },
      'a',
    );
    const exported = exportEvent(event, '/events/a/');
    assert.deepEqual(exported.corrections, [{ date: '2026-11-23', note: 'The envoy was misnamed.' }]);
    assert.deepEqual(exported.related, [
      { id: 'b', note: null },
      { id: 'c', note: 'the return visit' },
    ]);
  });

  it('names each participant as the registry does, with their id and Wikidata item', () => {
    const registry = new Registry([
      {
        id: 'kim-jong-un',
        name: 'Kim Jong Un',
        wikidata: 'Q12345',
        aliases: ['Kim Jong-un'],
        side: 'dprk',
        offices: [],
      },
    ]);
    const event = recordEvent(
      { participants: [{ name: 'Kim Jong-un', role: 'Chairman', lead: true }, { name: 'A Host', side: 'china', oneOff: true }] },
      'a',
      registry,
    );
    // Each says whether they led the travelling side, so a reader can count a leader's own trips.
    assert.deepEqual(exportEvent(event, '/events/a/').participants, [
      { person: 'kim-jong-un', wikidata: 'Q12345', name: 'Kim Jong Un', side: 'dprk', role: 'Chairman', lead: true },
      { person: null, wikidata: null, name: 'A Host', side: 'china', role: null, lead: false },
    ]);
  });
});
