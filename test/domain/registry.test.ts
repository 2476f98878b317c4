import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEventFolder } from '../../src/loaders/event-files.ts';
import { readRecord } from '../../src/loaders/record.ts';
import { Registry } from '../../src/domain/registry.ts';
import { readPeopleFile } from '../../src/loaders/people-file.ts';
import { folderWith } from '../helpers.ts';

const REGISTRY = `
- id: kim-jong-un
  name: Kim Jong Un
  zh: 金正恩
  ko: 김정은
  aliases: [Kim Jong-eun]
  side: dprk
  offices:
    - title: General Secretary of the Workers' Party of Korea
      from: 2021
- id: choe-ryong-hae
  name: Choe Ryong Hae
  aliases: ["Ch'oe Ryong-hae"]
  side: dprk
`;

async function registryFrom(text: string) {
  const dir = await folderWith({ 'people.yaml': text });
  return readPeopleFile(`${dir}/people.yaml`, 'content/people.yaml');
}

describe('the people registry', () => {
  it('finds a person by id or by any spelling, in any case, spacing or script', async () => {
    const { people, problems } = await registryFrom(REGISTRY);
    assert.deepEqual(problems, []);
    const registry = new Registry(people);
    for (const name of [
      'kim-jong-un',
      'Kim Jong Un',
      'Kim Jong-un',
      'KIM JONG UN',
      'kimjongun',
      'Kim Jong-eun',
      '金正恩',
      '김정은',
    ]) {
      assert.equal(registry.find(name)?.id, 'kim-jong-un', name);
    }
    assert.equal(registry.find('Choe Ryong-hae')?.id, 'choe-ryong-hae');
    assert.equal(registry.find('Kim Jong Il'), undefined);
  });

  it('resolves participants to the registry name and side, keeping the role written', async () => {
    const registry = new Registry((await registryFrom(REGISTRY)).people);
    assert.deepEqual(registry.resolve({ name: "Ch'oe Ryong-hae", role: 'Envoy' }), {
      name: 'Choe Ryong Hae',
      side: 'dprk',
      role: 'Envoy',
      person: registry.get('choe-ryong-hae'),
      lead: false,
    });
    assert.deepEqual(registry.resolve({ name: 'Nikita Khrushchev', side: 'other', oneOff: true }), {
      name: 'Nikita Khrushchev',
      side: 'other',
      role: undefined,
      person: undefined,
      lead: false,
    });
  });

  it('reports unknown people, wrong sides and needless one-offs, with a suggestion', async () => {
    const registry = new Registry((await registryFrom(REGISTRY)).people);
    assert.deepEqual(
      registry.participantProblems(
        [
          { name: 'Kim Jong Un' },
          { name: 'Kim Jung Un' },
          { name: 'Choe Ryong Hae', side: 'china' },
          { name: 'Kim Jong-un', side: 'dprk', oneOff: true },
          { name: 'Someone Else', side: 'other', oneOff: true },
        ],
        'content/people.yaml',
      ),
      [
        'participants[1].name "Kim Jung Un" matches no one in content/people.yaml (did you mean "Kim Jong Un" (kim-jong-un)? use an id or spelling listed there, add the person there, or mark a one-off with oneOff: true and a side)',
        'participants[2].side "china" disagrees with content/people.yaml, where Choe Ryong Hae is "dprk" (leave side out, or correct it)',
        'participants[3].oneOff: "Kim Jong-un" is Kim Jong Un (kim-jong-un) in content/people.yaml (remove oneOff: true)',
      ],
    );
  });

  it('refuses the same person listed twice in one event, under any spelling, and a one-off named twice', async () => {
    const registry = new Registry((await registryFrom(REGISTRY)).people);
    assert.deepEqual(
      registry.participantProblems(
        [
          { name: 'Kim Jong Un', lead: true },
          { name: 'Choe Ryong Hae' },
          { name: '金正恩', role: 'General Secretary' },
          { name: 'kim-jong-un' },
          { name: 'Nikita Khrushchev', side: 'other', oneOff: true },
          { name: 'nikita khrushchev', side: 'other', oneOff: true },
        ],
        'content/people.yaml',
      ),
      [
        'participants[2].name "金正恩" is Kim Jong Un (kim-jong-un), who is already listed as participants[0] (list each person once; a person with two roles gets one entry)',
        'participants[3].name "kim-jong-un" is Kim Jong Un (kim-jong-un), who is already listed as participants[0] (list each person once; a person with two roles gets one entry)',
        'participants[5].name "nikita khrushchev" is already listed as participants[4] (list each person once; a person with two roles gets one entry)',
      ],
    );
  });

  it('refuses one office listed twice over the same days with different ranks, naming both', async () => {
    const { problems } = await registryFrom(`
- id: li-peng
  name: Li Peng
  side: china
  offices:
    - title: Premier of the State Council
      rank: head-of-government
      from: 1988-04-09
      to: 1998-03-17
    - title: Member of the Standing Committee of the CPC Politburo
      rank: senior-leader
      from: 1987-11-02
      to: 2002-11-15
    - title: premier of the  State Council
      rank: minister
      from: 1995
      to: 1996
    - title: Premier of the State Council
      rank: minister
      heldOn: [1987-12-01]
`);
    // The Standing Committee seat overlaps the premiership with another rank, as offices held at once do: the
    // higher counts. The third entry is the premiership again, ranked otherwise while it was certainly held;
    // the fourth falls outside the first's term.
    assert.deepEqual(problems, [
      'content/people.yaml: entry 1 (li-peng): offices[0] "Premier of the State Council" (head-of-government, 1988-04-09 – 1998-03-17) and offices[2] "premier of the  State Council" (minister, 1995 – 1996) are the same office held at the same time (on 31 December 1995 at least) with different ranks (give the office one rank, or correct the dates)',
    ]);
  });

  it('rejects a registry with invalid entries, repeated ids or a spelling shared by two people', async () => {
    const { problems } = await registryFrom(`${REGISTRY}
- id: Kim Il Sung
  name: Kim Il Sung
  side: north
- id: kim-jong-un
  name: Kim Jong Un again
  side: dprk
- id: kim-jong-eun
  name: Kim Jong-eun
  side: dprk
`);
    assert.deepEqual(problems, [
      'content/people.yaml: entry 3 (Kim Il Sung): id "Kim Il Sung" is not lowercase words joined by hyphens (the English name in lowercase, hyphens between words, e.g. kim-jong-un)',
      'content/people.yaml: entry 3 (Kim Il Sung): side "north" is not an allowed value (one of china, dprk, other)',
      'content/people.yaml: entry 4 (kim-jong-un): id "kim-jong-un" is already used by entry 1 (ids must be unique)',
      'content/people.yaml: entry 5 (kim-jong-eun): the spelling "kimjongeun" is also kim-jong-un\'s (each spelling must name one person)',
    ]);
  });

  it('finds a Chinese leader by the hangul of either Korea, and lets two people share a hangul name', async () => {
    const { people, problems } = await registryFrom(`${REGISTRY}
- id: xi-jinping
  name: Xi Jinping
  zh: 习近平
  ko: 시진핑
  koDprk: 습근평
  side: china
- id: kim-yong-il
  name: Kim Yong Il
  ko: 김영일
  side: dprk
- id: kim-yong-il-international
  name: Kim Yong Il (WPK International Department)
  ko: 김영일
  side: dprk
`);
    assert.deepEqual(problems, []);
    const registry = new Registry(people);
    assert.equal(registry.find('습근평')?.id, 'xi-jinping');
    assert.equal(registry.find('시진핑')?.id, 'xi-jinping');
    // A name two people share finds neither; the event must say which one by id or English spelling.
    assert.equal(registry.find('김영일'), undefined);
    assert.equal(registry.find('Kim Yong Il')?.id, 'kim-yong-il');
    assert.deepEqual(registry.participantProblems([{ name: '김영일' }, { name: 'kim-yong-il-international' }], 'people.yaml'), [
      'participants[0].name "김영일" is the name of Kim Yong Il (kim-yong-il) and Kim Yong Il (WPK International Department) (kim-yong-il-international) in people.yaml (use the id or English spelling of the one meant)',
    ]);
  });

  it('fails a one-off without a side', async () => {
    const dir = await folderWith({
      'a.md': `---\ntitle: T\ndate: 2020\ntype: message\ndirection: mutual\nsummary: S.\nsources:\n  - { title: R, publisher: P }\nparticipants:\n  - { name: Someone, oneOff: true }\n---\nBody.\n`,
    });
    const { problems } = await readEventFolder(dir, (file) => file.slice(dir.length + 1));
    assert.deepEqual(problems, [
      'a.md: participants[0].side is required for a one-off participant (one of china, dprk, other)',
    ]);
  });
});

describe('the published record', () => {
  it('has every event file valid, every participant in the registry and every level agreeing with the offices', async () => {
    const { events, problems } = await readRecord('content/events', 'content/people.yaml');
    assert.deepEqual(problems, []);
    assert.ok(events.length >= 93, `${events.length} events`);
  });

  it('gives the top leaders their names in Chinese characters and hangul', async () => {
    const registry = new Registry((await readPeopleFile('content/people.yaml', 'content/people.yaml')).people);
    for (const [id, zh] of [
      ['mao-zedong', '毛泽东'],
      ['deng-xiaoping', '邓小平'],
      ['xi-jinping', '习近平'],
      ['li-qiang', '李强'],
      ['kim-il-sung', '金日成'],
      ['kim-jong-il', '金正日'],
      ['kim-jong-un', '金正恩'],
    ]) {
      assert.equal(registry.get(id!)?.zh, zh, id);
    }
    for (const [id, ko] of [
      ['kim-il-sung', '김일성'],
      ['kim-jong-il', '김정일'],
      ['kim-jong-un', '김정은'],
    ]) {
      assert.equal(registry.get(id!)?.ko, ko, id);
    }
  });
});
