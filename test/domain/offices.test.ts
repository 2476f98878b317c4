import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveLevel, heldDuring, officeAtTheTime, rankOn } from '../../src/domain/offices.ts';
import { Registry } from '../../src/domain/registry.ts';
import { readPeopleFile } from '../../src/loaders/people-file.ts';
import { readRecord } from '../../src/loaders/record.ts';
import type { EventData, Office, Person } from '../../src/domain/schema.ts';
import { event, folderWith } from '../helpers.ts';

const office = (fields: Partial<Office>): Office => ({ title: 'Premier', heldOn: [], ...fields });
const person = (id: string, side: Person['side'], offices: Office[]): Person => ({
  id,
  name: id
    .split('-')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' '),
  aliases: [],
  side,
  offices,
});
const heldOn = (fields: Partial<Office>, date: string, end?: string) => heldDuring(office(fields), date, end).held;

describe('whether an office was held during an event', () => {
  it('does not count an office that ended the day before or started the day after', () => {
    assert.equal(heldOn({ from: '2010-01-01', to: '2019-06-19' }, '2019-06-20', '2019-06-21'), 'no');
    assert.equal(heldOn({ from: '2019-06-22', to: 'present' }, '2019-06-20', '2019-06-21'), 'no');
  });

  it('counts an office that starts on the first day or ends on the last', () => {
    assert.equal(heldOn({ from: '2019-06-20', to: 'present' }, '2019-06-20', '2019-06-21'), 'yes');
    assert.equal(heldOn({ from: '2012-11-15', to: '2019-06-21' }, '2019-06-20', '2019-06-21'), 'yes');
  });

  it('decides a month- or year-precision office date only when the whole month or year is on one side', () => {
    assert.equal(heldOn({ from: '1982-09', to: '1987-01' }, '1984-05-04'), 'yes');
    assert.equal(heldOn({ from: '1982', to: '1987' }, '1984'), 'yes');
    assert.equal(heldOn({ from: '1982-09', to: '1987-01' }, '1982-10'), 'yes');
    assert.equal(heldOn({ from: '1977-08', to: '1982-09' }, '1982-10-01'), 'no');
    assert.equal(heldOn({ from: '1977-08', to: '1982' }, '1983'), 'no');
    // The office may have begun after 15 September, or ended before it.
    assert.equal(heldOn({ from: '1982-09', to: 'present' }, '1982-09-15'), 'unknown');
    assert.equal(heldOn({ from: '1977-08', to: '1982-09' }, '1982-09-15'), 'unknown');
    assert.equal(heldOn({ from: '1982', to: 'present' }, '1982-04'), 'unknown');
  });

  it('decides a month- or year-precision event only when the office covers all of it', () => {
    assert.equal(heldOn({ from: '1981-06-29', to: '1982-09-12' }, '1982-04'), 'yes');
    assert.equal(heldOn({ from: '1981-06-29', to: '1982-09-12' }, '1982'), 'unknown');
    assert.equal(heldOn({ from: '1982-09-12', to: '1987-01-15' }, '1982-09'), 'unknown');
  });

  it('cannot decide an office with no dates, or a missing end, and says which date is missing', () => {
    const none = heldDuring(office({}), '2005-03-22');
    assert.deepEqual(none, { held: 'unknown', missing: 'it has no dates (add from and to, or heldOn)' });
    const open = heldDuring(office({ from: '2003-09' }), '2005-03-22');
    assert.deepEqual(open, { held: 'unknown', missing: 'its end (to, or present) is not recorded' });
    const start = heldDuring(office({ to: '2007-04' }), '2005-03-22');
    assert.deepEqual(start, { held: 'unknown', missing: 'its start (from) is not recorded' });
  });

  it('counts a date on which a source shows the office held, when it falls within the event', () => {
    assert.equal(heldOn({ heldOn: ['1963-06-15'] }, '1963-06'), 'yes');
    assert.equal(heldOn({ heldOn: ['1963-06-15'] }, '1963-06-14', '1963-06-16'), 'yes');
    assert.equal(heldOn({ heldOn: ['1963-06-15'] }, '1964-09'), 'unknown');
    // Held at some time in June is not held on 20 June.
    assert.equal(heldOn({ heldOn: ['1963-06'] }, '1963-06-20'), 'unknown');
  });
});

describe('a person’s rank during an event', () => {
  const deng = person('deng-xiaoping', 'china', [
    office({ title: 'Vice Premier', from: '1952' }),
    office({
      title: 'Member of the Politburo Standing Committee',
      rank: 'senior-leader',
      from: '1956-09',
      to: '1966-08',
    }),
    office({ title: 'Vice-Chairman of the CPC', rank: 'senior-leader', from: '1977-08', to: '1982-09' }),
  ]);

  it('is the rank of the office held then; offices without a rank do not count', () => {
    const found = rankOn(deng, '1982-04-27');
    assert.equal(found.rank, 'senior-leader');
    assert.equal(found.rank && found.office.title, 'Vice-Chairman of the CPC');
  });

  it('takes the higher of two offices held at once', () => {
    const hua = person('hua-guofeng', 'china', [
      office({ title: 'Premier', rank: 'head-of-government', from: '1976-04-07', to: '1980-09-10' }),
      office({ title: 'CPC Chairman', rank: 'leader', from: '1976-10-07', to: '1981-06-28' }),
    ]);
    const found = rankOn(hua, '1978-05-05', '1978-05-10');
    assert.equal(found.rank, 'leader');
    assert.equal(rankOn(hua, '1976-06-01').rank, 'head-of-government');
  });

  it('ignores an undecidable office that could not raise the rank, and fails on one that could', () => {
    const choe = person('choe-yong-rim', 'dprk', [
      office({ title: 'Premier', rank: 'head-of-government', from: '2010-06', to: '2013-04' }),
      office({ title: 'Politburo member', rank: 'politburo', from: '2010-09' }),
    ]);
    assert.equal(rankOn(choe, '2011-09-26').rank, 'head-of-government');
    const vague = person('pak-pong-ju', 'dprk', [
      office({ title: 'Politburo member', rank: 'politburo', from: '2003', to: 'present' }),
      office({ title: 'Premier', rank: 'head-of-government', from: '2003-09' }),
    ]);
    const found = rankOn(vague, '2005-03-22');
    assert.equal(found.rank, undefined);
    assert.match(
      !found.rank ? found.problem : '',
      /cannot tell whether Pak Pong Ju held "Premier" \(head-of-government, 2003-09 – end not recorded\) on 22 March 2005: its end \(to, or present\) is not recorded \(the office certainly held then, "Politburo member" \(politburo, 2003 – present\), ranks lower\)/,
    );
  });

  it('fails when no ranked office was held, listing the ranked offices', () => {
    const found = rankOn(deng, '1970');
    assert.equal(found.rank, undefined);
    assert.match(
      !found.rank ? found.problem : '',
      /^Deng Xiaoping held no office with a rank on 1970 \(ranked offices: /,
    );
  });
});

describe('an event’s level, derived from its leads', () => {
  const registry = new Registry([
    person('deng-xiaoping', 'china', [
      office({ title: 'Vice-Chairman of the CPC', rank: 'senior-leader', from: '1977-08', to: '1982-09' }),
    ]),
    person('hu-yaobang', 'china', [
      office({ title: 'Chairman of the CPC', rank: 'leader', from: '1981-06-29', to: '1982-09-12' }),
    ]),
    person('kim-il-sung', 'dprk', [
      office({ title: 'President', rank: 'leader', from: '1972-12-28', to: '1994-07-08' }),
    ]),
    person('no-dates', 'china', [office({ title: 'Premier', rank: 'head-of-government' })]),
  ]);
  const visit = (fields: Partial<EventData>) =>
    event({
      type: 'official-visit',
      direction: 'china-to-dprk',
      date: '1982-04-27',
      participants: [{ name: 'Deng Xiaoping', lead: true }, { name: 'Kim Il Sung' }],
      ...fields,
    }).data;

  it('is the highest rank among co-leads', () => {
    const both = visit({
      participants: [
        { name: 'Deng Xiaoping', lead: true },
        { name: 'Hu Yaobang', lead: true },
        { name: 'Kim Il Sung' },
      ],
    });
    const derived = deriveLevel(both, registry, 'people.yaml');
    assert.deepEqual(derived.problems, []);
    assert.equal(derived.level, 'leader');
  });

  it('fills in a level left out, and accepts one that agrees', () => {
    assert.equal(deriveLevel(visit({}), registry, 'people.yaml').level, 'senior-leader');
    assert.deepEqual(deriveLevel(visit({ level: 'senior-leader' }), registry, 'people.yaml').problems, []);
  });

  it('fails a written level that disagrees, naming the person, the office and its dates, and the level expected', () => {
    assert.deepEqual(deriveLevel(visit({ level: 'leader' }), registry, 'people.yaml').problems, [
      'level "leader" disagrees with the registry: Deng Xiaoping held "Vice-Chairman of the CPC" (senior-leader, 1977-08 – 1982-09)' +
        ' on 27 April 1982, which gives "senior-leader" (write level: senior-leader, leave level out, or correct the offices in people.yaml)',
    ]);
  });

  it('fails a one-way visit that names no lead', () => {
    const problems = deriveLevel(
      visit({ level: 'leader', participants: [{ name: 'Kim Il Sung' }] }),
      registry,
      'people.yaml',
    ).problems;
    assert.deepEqual(problems, [
      'participants: no travelling lead is marked, and type "official-visit" going china-to-dprk needs one' +
        ' (give the Chinese lead, a person in people.yaml, lead: true; co-leads each get lead: true)',
    ]);
  });

  it('does not ask for a lead on messages or on exchanges both ways', () => {
    assert.deepEqual(deriveLevel(visit({ type: 'message', participants: [] }), registry, 'x').problems, []);
    assert.deepEqual(
      deriveLevel(visit({ type: 'summit', direction: 'mutual', level: 'leader', participants: [] }), registry, 'x')
        .problems,
      [],
    );
  });

  it('fails a lead on the host side, and a lead whose office has no dates', () => {
    const host = deriveLevel(visit({ participants: [{ name: 'Kim Il Sung', lead: true }] }), registry, 'people.yaml');
    assert.deepEqual(host.problems, [
      'participants[0].lead: Kim Il Sung is on the dprk side, but the event goes china-to-dprk (a lead is on the travelling side; mark the visitor instead)',
    ]);
    const vague = deriveLevel(visit({ participants: [{ name: 'no-dates', lead: true }] }), registry, 'people.yaml');
    assert.deepEqual(vague.problems, [
      'participants[0].lead: cannot tell whether No Dates held "Premier" (head-of-government, no dates) on 27 April 1982:' +
        ' it has no dates (add from and to, or heldOn) in people.yaml',
    ]);
    assert.equal(vague.level, undefined);
  });
});

describe('a participant’s office at the time', () => {
  const kim = person('kim-jong-un', 'dprk', [
    office({ title: 'First Secretary of the WPK', rank: 'leader', from: '2012-04-11', to: '2016-05-09' }),
    office({ title: 'General Secretary of the WPK', rank: 'leader', from: '2021-01-10', to: 'present' }),
    office({ title: 'President of the State Affairs Commission', rank: 'leader', from: '2016-06-29', to: 'present' }),
  ]);

  it('is the role the event gives, or else the offices the registry shows held then', () => {
    assert.equal(officeAtTheTime({ role: 'Supreme Leader', person: kim }, '2019-06-20'), 'Supreme Leader');
    assert.equal(officeAtTheTime({ person: kim }, '2015-10-09'), 'First Secretary of the WPK');
    assert.equal(
      officeAtTheTime({ person: kim }, '2025-09-02'),
      'General Secretary of the WPK; President of the State Affairs Commission',
    );
    assert.equal(officeAtTheTime({}, '2025-09-02'), undefined);
  });
});

describe('offices in the registry file', () => {
  it('fails an office whose end is before its start, and a rank or date that is not allowed, quoting the value', async () => {
    const dir = await folderWith({
      'people.yaml': `
- id: li-peng
  name: Li Peng
  side: china
  offices:
    - title: Premier
      rank: premier
      from: 1988-04-09
      to: 1987
    - title: Member of the Politburo Standing Committee
      rank: senior-leader
      from: 1987-11
      to: someday
`,
    });
    const { problems } = await readPeopleFile(`${dir}/people.yaml`, 'content/people.yaml');
    assert.deepEqual(problems, [
      'content/people.yaml: entry 1 (li-peng): offices[0].rank "premier" is not an allowed value (one of leader, head-of-government, senior-leader, politburo, minister, vice-minister, official; leave it out for an office that gives none)',
      'content/people.yaml: entry 1 (li-peng): offices[0].to "1987" is before from "1988-04-09" (use YYYY-MM-DD, YYYY-MM or YYYY, or present; not before from)',
      'content/people.yaml: entry 1 (li-peng): offices[1].to "someday" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY, or present; not before from)',
    ]);
  });
});

describe('event files checked against the registry', () => {
  const REGISTRY = `
- id: yang-shangkun
  name: Yang Shangkun
  side: china
  offices:
    - title: President of the People’s Republic of China
      rank: leader
      from: 1988-04-08
      to: 1993-03-27
- id: kim-il-sung
  name: Kim Il Sung
  side: dprk
  offices:
    - title: President of the DPRK
      rank: leader
      from: 1972-12-28
      to: 1994-07-08
- id: choe-yong-gon
  name: Choe Yong Gon
  side: dprk
  offices:
    - title: Chairman of the SPA Standing Committee
      rank: senior-leader
      heldOn: [1963-06-15]
`;
  const file = (front: string) => `---
title: A visit
summary: A visit.
sources:
  - title: Report
    publisher: Xinhua
${front}
---

What happened.
`;

  it('fails each kind of bad file with its name and message, and fills in a level left out', async () => {
    const dir = await folderWith({
      'people.yaml': REGISTRY,
      'events/1988-09-07-wrong-level.md': file(
        'date: 1988-09-07\ntype: state-visit\ndirection: china-to-dprk\nlevel: senior-leader\nparticipants:\n  - name: Yang Shangkun\n    lead: true',
      ),
      'events/1988-09-08-no-lead.md': file(
        'date: 1988-09-08\ntype: state-visit\ndirection: china-to-dprk\nlevel: leader\nparticipants:\n  - name: Kim Il Sung',
      ),
      'events/1964-09-vague-office.md': file(
        'date: 1964-09\ntype: delegation\ndirection: dprk-to-china\nparticipants:\n  - name: Choe Yong Gon\n    lead: true',
      ),
      'events/1963-06-derived.md': file(
        'date: 1963-06\ntype: visit\ndirection: dprk-to-china\nparticipants:\n  - name: Choe Yong Gon\n    lead: true',
      ),
      'events/1989-no-level.md': file('date: 1989\ntype: summit\ndirection: mutual'),
    });
    const { events, problems } = await readRecord(`${dir}/events`, `${dir}/people.yaml`, (path) =>
      path.slice(dir.length + 1),
    );
    assert.deepEqual([...problems].sort(), [
      'events/1964-09-vague-office.md: participants[0].lead: cannot tell whether Choe Yong Gon held "Chairman of the SPA Standing Committee"' +
        ' (senior-leader, held on 1963-06-15) on September 1964: its term (from, to) is not recorded, and no heldOn date falls within the event in people.yaml',
      'events/1988-09-07-wrong-level.md: level "senior-leader" disagrees with the registry: Yang Shangkun held "President of the People’s Republic of China"' +
        ' (leader, 1988-04-08 – 1993-03-27) on 7 September 1988, which gives "leader" (write level: leader, leave level out, or correct the offices in people.yaml)',
      'events/1988-09-08-no-lead.md: participants: no travelling lead is marked, and type "state-visit" going china-to-dprk needs one' +
        ' (give the Chinese lead, a person in people.yaml, lead: true; co-leads each get lead: true)',
      'events/1989-no-level.md: level is required for type "summit" (or mark the travelling lead with lead: true to derive it) (one of leader, head-of-government, senior-leader, politburo, minister, vice-minister, official)',
    ]);
    assert.equal(events.find((event) => event.id === '1963-06-derived')?.data.level, 'senior-leader');
  });
});
