import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directionOf, leadOf, typeOf } from '../../src/editor/import/classify.ts';
import { namedAsLate, peopleNamed, unlistedOfficials } from '../../src/editor/import/people-mentions.ts';
import { splitSentences, type Sentence } from '../../src/editor/import/sentences.ts';
import { record } from './fixtures.ts';

// Sentences made up for these tests; the names are the registry's.
const story = (...paragraphs: string[]): Sentence[] =>
  paragraphs
    .flatMap((paragraph, index) => splitSentences(paragraph).map((text) => ({ text, paragraph: index + 1 })))
    .map((sentence, position) => ({ ...sentence, position }));

describe('people in a story', () => {
  it('finds registry people in any spelling the registry knows, possessives too, in order', async () => {
    const { registry } = await record();
    const sentences = story('金正恩 met Ch’oe Ryong-hae after Kim Jong-un’s speech and President Xi Jinping’s letter.');
    assert.deepEqual(
      peopleNamed(sentences, registry).map((mention) => mention.person.id),
      ['kim-jong-un', 'choe-ryong-hae', 'xi-jinping'],
    );
  });

  it('leaves out places named after a person, and people named only as "the late"', async () => {
    const { registry } = await record();
    const sentences = story(
      'They stood in Kim Il Sung Square and spoke of the late President Kim Jong Il with Wang Yi.',
    );
    const mentions = peopleNamed(sentences, registry);
    assert.deepEqual(
      mentions.map((mention) => mention.person.id),
      ['kim-jong-il', 'wang-yi'],
    );
    assert.deepEqual([...namedAsLate(sentences, mentions)], ['kim-jong-il']);
  });

  it('lists officials the registry lacks, from their titles and roles, without adding them', async () => {
    const { registry } = await record();
    const sentences = story(
      'Foreign Minister Wang Yi met Vice Foreign Minister Pak Myong Ho, Laos’s president Thongloun Sisoulith and Chen Wenqing, the head of the office.',
    );
    const mentions = peopleNamed(sentences, registry);
    assert.deepEqual(unlistedOfficials(sentences, registry, mentions), [
      'Pak Myong Ho',
      'Thongloun Sisoulith',
      'Chen Wenqing',
    ]);
    assert.equal(registry.find('Pak Myong Ho'), undefined);
  });
});

describe('who travelled, and how', () => {
  it('tells the direction from where people went, and the lead from who went', async () => {
    const { registry } = await record();
    const sentences = story(
      'At the invitation of Kim Jong Un, Premier Li Qiang arrived in Pyongyang on an official goodwill visit.',
      'Li Qiang held talks with Pak Thae Song.',
    );
    assert.equal(directionOf(sentences)?.value, 'china-to-dprk');
    const lead = leadOf(sentences, peopleNamed(sentences, registry), 'china', new Set());
    assert.equal(lead?.value.id, 'li-qiang');
    assert.equal(typeOf(sentences, true).value, 'official-visit');
  });

  it('does not take the sender of an envoy for the traveller', async () => {
    const { registry } = await record();
    const sentences = story(
      'A special envoy of leader Kim Jong-un arrived in Beijing, where Choe Ryong-hae met officials.',
    );
    assert.equal(directionOf(sentences)?.value, 'dprk-to-china');
    assert.equal(leadOf(sentences, peopleNamed(sentences, registry), 'dprk', new Set()), undefined);
  });

  it('reads the protocol classes, an unofficial visit apart from an official one', () => {
    const type = (text: string, travelled = true) => typeOf(story(text), travelled).value;
    assert.equal(type('He paid an unofficial visit to Beijing.'), 'unofficial-visit');
    assert.equal(type('He paid a state visit to Pyongyang.'), 'state-visit');
    assert.equal(type('He began a working visit to Beijing.'), 'working-visit');
    assert.equal(type('A party delegation arrived for the anniversary celebrations.'), 'delegation');
    assert.equal(type('He visited the capital.'), 'visit');
    assert.equal(type('The two leaders held talks.', false), 'talks');
    assert.equal(type('The leaders exchanged congratulatory messages.', false), 'message');
  });
});
