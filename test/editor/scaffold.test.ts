import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Registry } from '../../src/domain/registry.ts';
import { completePerson, suggestPeople } from '../../src/editor/new/people-suggestions.ts';
import { interview, questionOf, type Conversation } from '../../src/editor/new/interview.ts';
import { draftText, prepareDraft, slugFromTitle, uniqueId, type Answers } from '../../src/editor/new/answers.ts';
import { parseEventFile } from '../../src/loaders/event-files.ts';
import { readPeopleFile } from '../../src/loaders/people-file.ts';
import { readRecord } from '../../src/loaders/record.ts';
import { folderWith } from '../helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = path.join(ROOT, 'scripts/new.ts');

/** A small registry, so these tests do not move when content/people.yaml grows. */
const PEOPLE = `
- id: li-qiang
  name: Li Qiang
  zh: 李强
  side: china
  offices:
    - title: Premier of the State Council
      rank: head-of-government
      from: 2023-03-11
      to: present
- id: xi-jinping
  name: Xi Jinping
  zh: 习近平
  side: china
  offices:
    - title: General Secretary of the CPC Central Committee
      rank: leader
      from: 2012-11-15
      to: present
- id: kim-jong-un
  name: Kim Jong Un
  zh: 金正恩
  ko: 김정은
  aliases: [Kim Jong-un, Kim Jong-eun]
  side: dprk
  offices:
    - title: General Secretary of the Workers' Party of Korea
      rank: leader
      from: 2021-01-10
      to: present
- id: kim-jong-il
  name: Kim Jong Il
  zh: 金正日
  side: dprk
- id: choe-ryong-hae
  name: Choe Ryong Hae
  aliases: ["Ch'oe Ryong-hae"]
  side: dprk
`;

async function registry(): Promise<{ file: string; registry: Registry }> {
  const dir = await folderWith({ 'people.yaml': PEOPLE });
  const file = path.join(dir, 'people.yaml');
  const { people, problems } = await readPeopleFile(file, 'people.yaml');
  assert.deepEqual(problems, []);
  return { file, registry: new Registry(people) };
}

const ANSWERS: Answers = {
  date: '2025-10-09',
  end: '2025-10-11',
  title: "Premier Li Qiang visits Pyongyang for the Workers' Party's 80th anniversary",
  type: 'official-visit',
  direction: 'china-to-dprk',
  lead: 'li qiang',
  participants: ['Kim Jong-un'],
  location: 'Pyongyang',
  summary: 'Premier Li Qiang led a delegation to the anniversary celebrations.',
  source: { title: 'Premier arrives', publisher: 'Xinhua', url: 'https://example.org/a', published: '2025-10-09' },
  added: '2026-11-23',
};

/** The flags that give `ANSWERS`. */
const FLAGS = [
  ['--date', '2025-10-09'],
  ['--end', '2025-10-11'],
  ['--title', "Premier Li Qiang visits Pyongyang for the Workers' Party's 80th anniversary"],
  ['--type', 'official-visit'],
  ['--direction', 'china-to-dprk'],
  ['--lead', 'li qiang'],
  ['--participant', 'Kim Jong-un'],
  ['--location', 'Pyongyang'],
  ['--summary', 'Premier Li Qiang led a delegation to the anniversary celebrations.'],
  ['--source-title', 'Premier arrives'],
  ['--source-publisher', 'Xinhua'],
  ['--source-url', 'https://example.org/a'],
  ['--source-published', '2025-10-09'],
  ['--today', '2026-11-23'],
].flat();

/** `FLAGS` with one flag's value changed. */
const replacing = (flag: string, value: string) =>
  FLAGS.map((item, index) => (FLAGS[index - 1] === flag ? value : item));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/new.ts` with `args`, writing into `eventsDir`, with `input` as its standard input. */
function runNew(args: string[], eventsDir: string, peopleFile: string, input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], {
      cwd: ROOT,
      env: { ...process.env, EVENTS_DIR: eventsDir, PEOPLE_FILE: peopleFile },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const emptyFolder = () => mkdtemp(path.join(tmpdir(), 'new-event-'));

describe('a draft from answers', () => {
  it('is a file the build reads, with the registry names, the lead first, draft: true and added', async () => {
    const { registry: people } = await registry();
    const draft = prepareDraft(ANSWERS, people, 'people.yaml');
    assert.deepEqual(draft.problems, []);
    const parsed = parseEventFile(draft.text);
    if ('problems' in parsed) assert.fail(parsed.problems.join('; '));
    assert.equal(parsed.data.draft, true);
    assert.equal(parsed.data.added, '2026-11-23');
    assert.equal(parsed.data.level, 'head-of-government', "the lead's office gives the level");
    assert.deepEqual(parsed.data.participants, [{ name: 'Li Qiang', lead: true }, { name: 'Kim Jong Un' }]);
    assert.deepEqual(parsed.data.sources, [ANSWERS.source]);
    assert.match(draft.text, /^date: 2025-10-09$/m, 'dates stay plain, as in every event file');
  });

  it('writes any text so that it reads back exactly as typed', async () => {
    const { registry: people } = await registry();
    for (const title of [
      'Kim\'s visit: a "summit" # not a comment',
      '- starts like a list',
      'yes',
      'null',
      '1961',
      '2025-10-09',
      "'quoted'",
      '[a, b]',
      '& * ! | > % @ `',
      '金正恩 visits Beijing',
    ]) {
      const parsed = parseEventFile(draftText({ ...ANSWERS, title, occasion: title }, people));
      if ('problems' in parsed) assert.fail(`${title}: ${parsed.problems.join('; ')}`);
      assert.equal(parsed.data.title, title);
      assert.equal(parsed.data.occasion, title);
    }
  });

  it('leaves out what was not answered, so the build names what is missing', async () => {
    const { registry: people } = await registry();
    const draft = prepareDraft({ participants: [], source: {}, added: '2026-11-23' }, people, 'people.yaml');
    assert.deepEqual(draft.problems.map((problem) => problem.split(' ')[0]).sort(), [
      'date',
      'direction',
      'sources',
      'summary',
      'title',
      'type',
    ]);
  });

  it('names each problem by the question that can fix it', () => {
    const withLead = { ...ANSWERS };
    assert.equal(questionOf('date "2025-02-30" is not a real calendar day', withLead), 'date');
    assert.equal(questionOf('participants[0].lead: Kim Jong Un is on the dprk side', withLead), 'lead');
    assert.equal(questionOf('participants[1].name "Kim Jung Un" matches no one', withLead), 'participants');
    assert.equal(questionOf('participants: no travelling lead is marked', withLead), 'lead');
    assert.equal(questionOf('sources[0].url "ftp://x" is not an http or https address', withLead), 'sources.0.url');
    assert.equal(questionOf('sources[2].side "chna" is not an allowed value', withLead), 'sources.2.side');
    assert.equal(questionOf('sources[1] must be a set of fields', withLead), 'sources.1.title');
    assert.equal(questionOf('sources is missing', withLead), 'sources.0.title');
    assert.equal(questionOf('participants[2].side is required for a one-off participant', withLead), 'participants');
    assert.equal(questionOf('file name "A B" is not allowed', withLead), 'slug');
  });

  it('takes a short file name from the title, and never one in use', () => {
    assert.equal(slugFromTitle(ANSWERS.title), 'premier-li-qiang-visits-pyongyang');
    assert.equal(slugFromTitle('Zhōu Ēnlái in Pyongyang'), 'zhou-enlai-pyongyang');
    assert.equal(slugFromTitle('金正恩访华'), 'event');
    assert.equal(uniqueId('2025-10-09', 'visit', new Set()), '2025-10-09-visit');
    assert.equal(
      uniqueId('2025-10-09', 'visit', new Set(['2025-10-09-visit', '2025-10-09-visit-2'])),
      '2025-10-09-visit-3',
    );
  });
});

describe("the registry's people, offered by any spelling", () => {
  it('suggests the people a misspelt name may mean, best first', async () => {
    const { registry: people } = await registry();
    const ids = (typed: string) => suggestPeople(people, typed).map((person) => person.id);
    assert.equal(ids('Kim Jung Un')[0], 'kim-jong-un');
    assert.equal(ids('Li Qaing')[0], 'li-qiang');
    assert.equal(ids('Xi Jingping')[0], 'xi-jinping');
    assert.equal(ids('Choe Ryong-hai')[0], 'choe-ryong-hae');
    assert.deepEqual(ids('kim jong').sort(), ['kim-jong-il', 'kim-jong-un']);
    assert.deepEqual(ids('jong un'), ['kim-jong-un']);
    assert.deepEqual(ids('金正').sort(), ['kim-jong-il', 'kim-jong-un']);
    assert.deepEqual(ids('Nobody Atall'), []);
  });

  it('completes a name from any spelling it starts with', async () => {
    const { registry: people } = await registry();
    assert.deepEqual(completePerson(people, 'li q'), ['Li Qiang']);
    assert.deepEqual(completePerson(people, 'kim jong-e'), ['Kim Jong Un']);
    assert.deepEqual(completePerson(people, '金正'), ['Kim Jong Il', 'Kim Jong Un']);
    assert.equal(completePerson(people, 'Kim Jung U')[0], 'Kim Jong Un', 'the closest first, for a misspelling');
  });
});

describe('npm run new with flags (--yes)', () => {
  it('writes a draft the build reads, and prints its path last', async () => {
    const { file: peopleFile } = await registry();
    const dir = await emptyFolder();
    const run = await runNew([...FLAGS, '--yes'], dir, peopleFile);
    assert.equal(run.code, 0, run.stderr);
    const written = path.join(dir, '2025-10-09-premier-li-qiang-visits-pyongyang.md');
    assert.equal(run.stdout.trim().split('\n').at(-1), written);
    const record = await readRecord(dir, peopleFile);
    assert.deepEqual(record.problems, []);
    const [event] = record.events;
    assert.equal(event?.id, '2025-10-09-premier-li-qiang-visits-pyongyang');
    assert.equal(event?.data.draft, true);
    assert.equal(event?.data.added, '2026-11-23');
    assert.equal(event?.data.level, 'head-of-government');
  });

  it('never overwrites a file: the same event again gets the next free name', async () => {
    const { file: peopleFile } = await registry();
    const dir = await folderWith({ 'other.md': 'not an event, but a name in use' });
    await writeFile(path.join(dir, '2025-10-09-premier-li-qiang-visits-pyongyang.md'), 'someone else’s work');
    const run = await runNew([...FLAGS, '--yes'], dir, peopleFile);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /2025-10-09-premier-li-qiang-visits-pyongyang-2\.md\n$/);
    const kept = await readFile(path.join(dir, '2025-10-09-premier-li-qiang-visits-pyongyang.md'), 'utf8');
    assert.equal(kept, 'someone else’s work');
  });

  for (const [what, args, message] of [
    [
      'a date that is no calendar day',
      replacing('--date', '2025-02-30'),
      'date "2025-02-30" is not a real calendar day (use YYYY-MM-DD, YYYY-MM or YYYY)',
    ],
    [
      'an unknown type',
      replacing('--type', 'summt'),
      'type "summt" is not an allowed value (did you mean "summit"?) (one of state-visit,',
    ],
    [
      'someone not in the registry',
      replacing('--participant', 'Kim Jung Un'),
      ['participants[1].name "Kim Jung Un" matches no one in ', '(did you mean "Kim Jong Un" (kim-jong-un)?'],
    ],
    [
      'a lead on the host side',
      replacing('--lead', 'Kim Jong Un'),
      'participants[0].lead: Kim Jong Un is on the dprk side, but the event goes china-to-dprk',
    ],
    [
      'a level the registry contradicts',
      [...FLAGS, '--level', 'minister'],
      'level "minister" disagrees with the registry: Li Qiang held "Premier of the State Council"',
    ],
    ['a short name no file may have', [...FLAGS, '--slug', 'Li Qiang'], 'file name "Li Qiang" is not allowed'],
    [
      'a one-off with a mistyped side',
      [...FLAGS, '--one-off', 'Pak Pong Ju=dprkk'],
      'participants[2].side "dprkk" is not an allowed value (did you mean "dprk"?)',
    ],
  ] as const) {
    it(`writes nothing for ${what}, and says why in the build's words`, async () => {
      const { file: peopleFile } = await registry();
      const dir = await emptyFolder();
      const run = await runNew([...args, '--yes'], dir, peopleFile);
      assert.equal(run.code, 1);
      assert.equal(run.stdout, '');
      assert.ok(run.stderr.includes('nothing was written'), run.stderr);
      for (const part of typeof message === 'string' ? [message] : message)
        assert.ok(run.stderr.includes(part), run.stderr);
      assert.deepEqual(await readdir(dir), []);
    });
  }

  it('refuses unknown flags and a malformed --today', async () => {
    const { file: peopleFile } = await registry();
    const dir = await emptyFolder();
    assert.equal((await runNew([...FLAGS, '--yes', '--colour', 'red'], dir, peopleFile)).code, 2);
    assert.equal((await runNew([...replacing('--today', '2026-11'), '--yes'], dir, peopleFile)).code, 2);
    assert.deepEqual(await readdir(dir), []);
  });
});

describe('npm run new, asking', () => {
  it('asks for what is missing, re-asks what is wrong, offers people for a misspelt name, then writes', async () => {
    const { file: peopleFile } = await registry();
    const dir = await emptyFolder();
    const answers = [
      '2025-02-30', // not a calendar day: asked again
      '2025-10-09',
      '', // no end
      'Premier Li Qiang visits Pyongyang',
      'summt', // not a type: asked again
      'official-visit',
      'china-to-dprk',
      'Kim Jong Un', // on the host side: asked again
      'Li Qaing', // misspelt: suggestions, asked again
      'Li Qiang',
      'kim jung un', // misspelt: suggestions
      '', // not a one-off: asked again
      'Kim Jong-un',
      '', // no more participants
      'Pyongyang',
      '', // no occasion
      'Premier Li Qiang led a delegation.',
      'Premier arrives',
      'Xinhua',
      'https://example.org/a',
      '2025-10-09',
      'china',
      '', // no other source
      '', // the suggested short name
      'y',
    ];
    const run = await runNew(['--today', '2026-11-23'], dir, peopleFile, `${answers.join('\n')}\n`);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stderr.includes('date "2025-02-30" is not a real calendar day'), run.stderr);
    assert.ok(run.stderr.includes('type "summt" is not an allowed value'), run.stderr);
    assert.ok(run.stderr.includes('Kim Jong Un is on the dprk side'), run.stderr);
    assert.ok(run.stderr.includes('Did you mean: Li Qiang (li-qiang, china)'), run.stderr);
    assert.ok(run.stderr.includes('Did you mean: Kim Jong Un (kim-jong-un, dprk)'), run.stderr);
    assert.ok(run.stderr.includes('Level: head-of-government'), run.stderr);
    const written = path.join(dir, '2025-10-09-premier-li-qiang-visits-pyongyang.md');
    assert.equal(run.stdout, `${written}\n`);
    const record = await readRecord(dir, peopleFile);
    assert.deepEqual(record.problems, []);
    assert.deepEqual(record.events[0]?.data.participants, [{ name: 'Li Qiang', lead: true }, { name: 'Kim Jong Un' }]);
  });

  it('asks only for what the flags leave out, and re-asks a wrong flag with its message', async () => {
    const { file: peopleFile } = await registry();
    const dir = await emptyFolder();
    const flags = replacing('--date', '2025-13-01').filter((item) => item !== '--location' && item !== 'Pyongyang');
    const answers = ['2025-10-09', '', '', '', 'y']; // the date; no location or occasion; the offered short name
    const run = await runNew([...flags, '--source-side', 'china'], dir, peopleFile, `${answers.join('\n')}\n`);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stderr.includes('date "2025-13-01" has no month 13'), run.stderr);
    assert.doesNotMatch(run.stderr, /^Title/m, 'the title came as a flag');
    assert.deepEqual(await readdir(dir), ['2025-10-09-premier-li-qiang-visits-pyongyang.md']);
  });

  it('writes nothing when input ends early, or the editor says no', async () => {
    const { file: peopleFile } = await registry();
    const dir = await emptyFolder();
    const ended = await runNew(['--today', '2026-11-23'], dir, peopleFile, '2025-10-09\n');
    assert.equal(ended.code, 1);
    assert.ok(ended.stderr.includes('nothing was written'), ended.stderr);
    const declined = await runNew(FLAGS, dir, peopleFile, '\n\n\nn\n');
    assert.equal(declined.code, 1);
    assert.ok(declined.stderr.includes('Nothing was written.'), declined.stderr);
    assert.deepEqual(await readdir(dir), []);
  });
});

/**
 * A conversation from a script: each question asked must match the next turn's prompt, and gets its answer;
 * what the interview says is kept. Input ends when the script does.
 */
function scripted(turns: [RegExp, string][]): Conversation & { said: string[]; left: () => number } {
  const said: string[] = [];
  let next = 0;
  return {
    said,
    left: () => turns.length - next,
    async ask(prompt) {
      const turn = turns[next++];
      if (!turn) return undefined;
      assert.match(prompt, turn[0], `question ${next}, after: ${said.slice(-3).join(' | ')}`);
      return turn[1];
    },
    say: (text) => said.push(text),
  };
}

/** The interview's draft written into a folder as `npm run new` writes it, then read back by the build's reader. */
async function writtenAndRead(text: string, peopleFile: string) {
  const dir = await folderWith({ '2025-10-09-premier-li-qiang-visits-pyongyang.md': text });
  const record = await readRecord(dir, peopleFile);
  assert.deepEqual(record.problems, []);
  assert.equal(record.events.length, 1);
  return record.events[0]!.data;
}

/** `ANSWERS` as the flags would give them, less the participants and the sources, which the interview asks. */
const WITHOUT_PEOPLE_OR_SOURCES: Answers = { ...ANSWERS, participants: [], source: {}, occasion: undefined };

/** The turns for one source, answered in order: title, publisher, address, published, side. */
const sourceTurns = (about: string, [title, publisher, url, published, side]: string[]): [RegExp, string][] => [
  [new RegExp(`^${about}: its headline`), title!],
  [new RegExp(`^${about}: its publisher`), publisher!],
  [new RegExp(`^${about}: its address`), url!],
  [new RegExp(`^${about}: when it was published`), published!],
  [new RegExp(`^${about}: whose account`), side!],
];

describe('npm run new, the interview', () => {
  it('adds someone not in the registry as a one-off, suggesting the side a mistyped one means', async () => {
    const { file: peopleFile, registry: people } = await registry();
    const talk = scripted([
      [/^Another participant/, 'Pak Pong Ju'],
      [/^Add "Pak Pong Ju" as a one-off, named once and not in people\.yaml\? \(y, or Enter to type/, 'y'],
      [/^Their side \(china, dprk, other\)/, 'dprkk'],
      [/^Their side/, 'dprk'],
      [/^Their role/, 'Premier of the Cabinet'],
      [/^Another participant/, 'kim jung un'], // misspelt: suggestions, and the offer declined
      [/^Add "kim jung un" as a one-off/, ''],
      [/^Another participant/, 'Kim Jong-un'],
      [/^Another participant/, ''],
      [/^Occasion/, ''],
      ...sourceTurns('Source', ['Premier arrives', 'Xinhua', 'https://example.org/a', '2025-10-09', 'china']),
      [/^Another source\? \(y, or Enter when done\)/, ''],
      [/^File name/, ''],
    ]);
    const draft = await interview(WITHOUT_PEOPLE_OR_SOURCES, people, 'people.yaml', talk);
    assert.equal(talk.left(), 0, 'every scripted answer was asked for');
    assert.ok(
      talk.said.some((line) =>
        line.includes('participants[1].side "dprkk" is not an allowed value (did you mean "dprk"?)'),
      ),
      talk.said.join('\n'),
    );
    assert.ok(talk.said.some((line) => line.includes('Did you mean: Kim Jong Un (kim-jong-un, dprk)')));
    assert.deepEqual(draft.answers.oneOffs, [{ name: 'Pak Pong Ju', side: 'dprk', role: 'Premier of the Cabinet' }]);
    const data = await writtenAndRead(draft.text, peopleFile);
    assert.deepEqual(data.participants, [
      { name: 'Li Qiang', lead: true },
      { name: 'Kim Jong Un' },
      { name: 'Pak Pong Ju', side: 'dprk', role: 'Premier of the Cabinet', oneOff: true },
    ]);
  });

  it("asks for another source until told no, writes them in order, and re-asks a bad address in the build's words", async () => {
    const { file: peopleFile, registry: people } = await registry();
    const talk = scripted([
      [/^Another participant/, ''],
      [/^Occasion/, ''],
      ...sourceTurns('Source', ['Premier arrives', 'Xinhua', 'https://example.org/a', '2025-10-09', 'china']),
      [/^Another source\?/, 'y'],
      ...sourceTurns('Source 2', ['Chinese premier met', 'KCNA', 'ftp://example.org/b', '2025-10-10', 'dprk']).slice(
        0,
        3,
      ),
      [/^Source 2: its address/, 'https://example.org/b'], // asked again after the build's message
      ...sourceTurns('Source 2', ['', '', '', '2025-10-10', 'dprk']).slice(3),
      [/^Another source\?/, 'yes'],
      ...sourceTurns('Source 3', ['Premier leaves', 'Rodong Sinmun', '', '2025-10-11', 'dprk']),
      [/^Another source\?/, ''],
      [/^File name/, ''],
    ]);
    const draft = await interview(WITHOUT_PEOPLE_OR_SOURCES, people, 'people.yaml', talk);
    assert.equal(talk.left(), 0, 'every scripted answer was asked for');
    assert.ok(
      talk.said.some((line) => line.includes('sources[1].url "ftp://example.org/b" is not an http or https address')),
      talk.said.join('\n'),
    );
    const data = await writtenAndRead(draft.text, peopleFile);
    assert.deepEqual(data.sources, [
      {
        title: 'Premier arrives',
        publisher: 'Xinhua',
        url: 'https://example.org/a',
        published: '2025-10-09',
        side: 'china',
      },
      {
        title: 'Chinese premier met',
        publisher: 'KCNA',
        url: 'https://example.org/b',
        published: '2025-10-10',
        side: 'dprk',
      },
      { title: 'Premier leaves', publisher: 'Rodong Sinmun', published: '2025-10-11', side: 'dprk' },
    ]);
  });

  it("re-asks a further source's field given by flags, with the closest side suggested", async () => {
    const { file: peopleFile, registry: people } = await registry();
    const start: Answers = {
      ...ANSWERS,
      source: { ...ANSWERS.source, side: 'china' },
      moreSources: [{ title: 'Premier met', publisher: 'KCNA', url: 'https://example.org/b', side: 'dprkk' }],
      occasion: '',
    };
    const talk = scripted([
      [/^Source 2: when it was published/, ''],
      [/^Source 2: whose account/, 'dprk'],
      [/^File name/, ''],
    ]);
    const draft = await interview(start, people, 'people.yaml', talk);
    assert.equal(talk.left(), 0, 'every scripted answer was asked for, and no other source offered (flags gave them)');
    assert.ok(
      talk.said.some((line) => line.includes('sources[1].side "dprkk" is not an allowed value (did you mean "dprk"?)')),
      talk.said.join('\n'),
    );
    const data = await writtenAndRead(draft.text, peopleFile);
    assert.deepEqual(
      data.sources.map((source) => [source.publisher, source.side]),
      [
        ['Xinhua', 'china'],
        ['KCNA', 'dprk'],
      ],
    );
  });
});
