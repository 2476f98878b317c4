import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventsOfPeople, peopleIndex } from '../../src/data/people.ts';
import { Registry } from '../../src/domain/registry.ts';
import { recordEvent } from '../helpers.ts';

const people = [
  { id: 'kim-jong-un', name: 'Kim Jong Un', zh: '金正恩', ko: '김정은', aliases: [], side: 'dprk', offices: [] },
  {
    id: 'xi-jinping',
    name: 'Xi Jinping',
    zh: '习近平',
    ko: '시진핑',
    koDprk: '습근평',
    aliases: [],
    side: 'china',
    offices: [],
  },
  { id: 'roh-tae-woo', name: 'Roh Tae-woo', ko: '노태우', aliases: [], side: 'other', offices: [] },
  { id: 'unnamed', name: 'Nobody Yet', aliases: [], side: 'china', offices: [] },
] as const;
const registry = new Registry(people.map((person) => ({ ...person, aliases: [], offices: [] })));
const visit = recordEvent(
  { date: '2018-03-25', participants: [{ name: 'Kim Jong Un', lead: true }, { name: 'Xi Jinping' }] },
  'visit',
  registry,
);
const message = recordEvent(
  { date: '2018-05', participants: [{ name: 'Kim Jong Un' }, { name: 'Roh Tae-woo' }] },
  'message',
  registry,
);

describe('the people pages', () => {
  it('list everyone the timeline names, each in the script of their own country, with how many they led', () => {
    const { groups, unnamed } = peopleIndex(registry.people, [visit, message]);
    assert.deepEqual(
      groups.map(({ side, people: listed }) => [
        side,
        listed.map(({ person, native, count, led }) => [person.id, native?.text, native?.lang, count, led]),
      ]),
      [
        ['china', [['xi-jinping', '习近平', 'zh-Hans', 1, 0]]],
        ['dprk', [['kim-jong-un', '김정은', 'ko', 2, 1]]],
        ['other', [['roh-tae-woo', '노태우', 'ko', 1, 0]]],
      ],
    );
    // Someone no event names is left off the list, and counted so the page can say so.
    assert.equal(unnamed, 1);
  });

  it('mark the events a person led', () => {
    const person = registry.get('kim-jong-un')!;
    assert.deepEqual(
      eventsOfPeople([person], [visit, message])
        .get(person.id)!
        .map(({ event, lead }) => [event.id, lead]),
      [
        ['visit', true],
        ['message', false],
      ],
    );
    // Someone no event names has a page with no events, not a missing one.
    assert.deepEqual(eventsOfPeople(registry.people, [visit]).get('roh-tae-woo'), []);
  });
});
