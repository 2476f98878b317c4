import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEventFile, readEventFolder } from '../../src/loaders/event-files.ts';
import { eventFile, folderWith, VALID, withField } from '../helpers.ts';

/** The problems found in one file's text (none when it is valid). */
function problemsOf(text: string): string[] {
  const result = parseEventFile(text);
  return 'problems' in result ? result.problems : [];
}

/** The checked front matter of a file that must be valid. */
function dataOf(text: string) {
  const result = parseEventFile(text);
  if ('problems' in result) assert.fail(`expected a valid file, got: ${result.problems.join('; ')}`);
  return result.data;
}

describe('reading one event file', () => {
  it('reads a valid file, with defaults for the optional lists', () => {
    const data = dataOf(eventFile(VALID));
    assert.equal(data.title, 'Premier visits Pyongyang');
    assert.equal(data.date, '2025-10-09');
    assert.equal(data.end, '2025-10-11');
    assert.deepEqual(data.participants, []);
    assert.deepEqual(data.tags, []);
    assert.equal(data.draft, false);
    assert.equal(data.sources[0]?.published, '2025-10-09');
  });

  it('keeps every date form as written, quoted or not', () => {
    for (const [line, expected] of [
      ['date: 1961', '1961'],
      ['date: "1961"', '1961'],
      ['date: 1961-07', '1961-07'],
      ["date: '1961-07-11'", '1961-07-11'],
      ['date: 1961-07-11', '1961-07-11'],
    ] as const) {
      assert.equal(dataOf(eventFile(withField('end', '').replace('date: 2025-10-09', line))).date, expected, line);
    }
  });

  it('reports an empty file and a file without front matter', () => {
    assert.match(problemsOf('')[0] ?? '', /the file is empty/);
    assert.match(problemsOf('  \n\n')[0] ?? '', /the file is empty/);
    assert.match(problemsOf('Just a narrative.\n')[0] ?? '', /has no front matter \(start it with a --- line/);
  });

  it('reports a YAML syntax error with its line in the file', () => {
    const [problem] = problemsOf(eventFile(`title: Visit\ndate: 2025-10-09\nsummary: "unclosed\ntype: talks`));
    assert.match(problem ?? '', /^the front matter is not valid YAML at line \d+: /);
    const duplicate = problemsOf(eventFile(`title: One\ntitle: Two`))[0] ?? '';
    assert.match(duplicate, /not valid YAML at line 3: duplicated mapping key/);
  });

  it('reports a missing or empty required field with what is allowed', () => {
    assert.deepEqual(problemsOf(eventFile(withField('title', ''))), [
      'title is missing (plain text on one line, at most 160 characters)',
    ]);
    assert.deepEqual(problemsOf(eventFile(withField('summary', 'summary: "  "'))), [
      'summary "  " is empty (plain text, at most 300 characters)',
    ]);
    assert.deepEqual(
      problemsOf(
        eventFile(
          withField('sources', 'sources: []')
            .split('\n')
            .filter((l) => !l.startsWith('  '))
            .join('\n'),
        ),
      ),
      ['sources has no entries (a list of at least one { title, publisher, url, published, side })'],
    );
  });

  it('reports a field written without a value', () => {
    assert.deepEqual(problemsOf(eventFile(withField('end', 'end:'))), [
      'end has no value (write one, or remove the line) (use YYYY-MM-DD, YYYY-MM or YYYY; not before date)',
    ]);
  });

  it('reports every problem in a file, not only the first', () => {
    const problems = problemsOf(eventFile(`title: ""\ndate: 2023-02-30\ntype: trip\ndirection: north\nsources: []`));
    assert.deepEqual(problems, [
      'title "" is empty (plain text on one line, at most 160 characters)',
      'date "2023-02-30" is not a real calendar day (use YYYY-MM-DD, YYYY-MM or YYYY)',
      `type "trip" is not an allowed value (one of state-visit, official-visit, working-visit, unofficial-visit, visit, delegation, summit, talks, agreement, commemoration, message, military, economic, other)`,
      'direction "north" is not an allowed value (one of china-to-dprk, dprk-to-china, mutual, multilateral)',
      'summary is missing (plain text, at most 300 characters)',
      'sources has no entries (a list of at least one { title, publisher, url, published, side })',
    ]);
  });

  it('rejects an unknown field and suggests the closest known name', () => {
    assert.deepEqual(problemsOf(eventFile(`${VALID}\nocassion: Anniversary`)), [
      'ocassion is not a known field (did you mean "occasion"? known fields: title, date, end, type, direction, level, location, places, occasion, participants, summary, sources, tags, draft, added, precedentNote, accounts, formerIds, corrections, related)',
    ]);
    const [nested] = problemsOf(
      eventFile(`${VALID}\n    publshed: 2025-10-09`.replace('    published: 2025-10-09\n', '')),
    );
    assert.match(nested ?? '', /^sources\[0\]\.publshed is not a known field \(did you mean "published"\?/);
  });

  it('rejects malformed and impossible dates, and an end before the start', () => {
    assert.deepEqual(problemsOf(eventFile(withField('date', 'date: 9 October 2025'))), [
      'date "9 October 2025" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)',
    ]);
    assert.deepEqual(problemsOf(eventFile(withField('end', 'end: 2025-10-08'))), [
      'end "2025-10-08" is before date "2025-10-09" (use YYYY-MM-DD, YYYY-MM or YYYY; not before date)',
    ]);
    assert.deepEqual(problemsOf(eventFile(withField('end', 'end: 2025-13'))), [
      'end "2025-13" has no month 13 (use YYYY-MM-DD, YYYY-MM or YYYY; not before date)',
    ]);
    assert.deepEqual(problemsOf(eventFile(VALID.replace('published: 2025-10-09', 'published: 2025-02-29'))), [
      'sources[0].published "2025-02-29" is not a real calendar day (use YYYY-MM-DD, YYYY-MM or YYYY)',
    ]);
  });

  it('reads no number as a date: hexadecimal, octal, a plus sign or a decimal point stay the text written', () => {
    const dated = (line: string) => eventFile(withField('end', '').replace('date: 2025-10-09', line));
    for (const written of ['0x7B9', '0o3651', '+1961', '1961.0', '1_961']) {
      assert.deepEqual(problemsOf(dated(`date: ${written}`)), [
        `date "${written}" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`,
      ]);
    }
    assert.match(
      problemsOf(dated('date: !!int 1961'))[0] ?? '',
      /^the front matter is not valid YAML at line 3: unknown/,
    );
    assert.equal(dataOf(dated('date: 1961')).date, '1961');
    // A title that YAML's core schema would have read as a number is kept as written.
    assert.equal(dataOf(eventFile(withField('title', 'title: 0x10'))).title, '0x10');
  });

  it('refuses a control character, lone surrogate or noncharacter in any text field, naming the field and the character', () => {
    for (const [escape, character] of [
      ['\\0', 'U+0000 (NUL, a control character)'],
      ['\\a', 'U+0007 (BEL, a control character)'],
      ['\\e', 'U+001B (ESC, a control character)'],
      ['\\x85', 'U+0085 (next line, a control character)'],
      ['\\x9B', 'U+009B (a control character)'],
      ['\\uFFFE', 'U+FFFE (a Unicode noncharacter)'],
      ['\\uD800', 'U+D800 (half of a surrogate pair, alone)'],
    ] as const) {
      const [problem] = problemsOf(eventFile(withField('title', `title: "Visit${escape} to Pyongyang"`)));
      assert.match(
        problem ?? '',
        new RegExp(`^title ".+" contains ${character.replace(/[()+]/g, '\\$&')} at character 6; remove it`),
        escape,
      );
    }
    const [nested] = problemsOf(eventFile(VALID.replace('publisher: Xinhua', 'publisher: "Xin\\ahua"')));
    assert.match(
      nested ?? '',
      /^sources\[0\]\.publisher "Xin\\u0007hua" contains U\+0007 \(BEL, a control character\) at character 4/,
    );
    const [role] = problemsOf(
      eventFile(`${VALID}\nparticipants:\n  - { name: Li, side: china, oneOff: true, role: "\\x1B[31mPremier" }`),
    );
    assert.match(role ?? '', /^participants\[0\]\.role "\\u001b\[31mPremier" contains U\+001B/);
  });

  it('refuses such a character written into the file itself, by line, in the front matter or the narrative', () => {
    assert.deepEqual(problemsOf(eventFile(VALID.replace('Premier visits', 'Premier \u0007visits'))), [
      'line 2 (front matter) contains U+0007 (BEL, a control character) at character 16; remove it: no page, feed or spreadsheet can hold it',
    ]);
    assert.deepEqual(problemsOf(eventFile(VALID, 'Arrived.\n\nA bell \u0007 and a \uFFFF.\n')), [
      'line 19 (narrative) contains U+0007 (BEL, a control character) at character 8; remove it: no page, feed or spreadsheet can hold it',
    ]);
  });

  it('keeps tabs, line breaks, right-to-left, combining and astral characters as written', () => {
    const text = 'مرحبا שלום e\u0301 한국어 𝄞 \u{1F1F0}\u{1F1F7}';
    const data = dataOf(eventFile(withField('summary', `summary: "${text}\\tand\\nmore"`)));
    assert.equal(data.summary, `${text}\tand\nmore`);
  });

  it('refuses a source address with a space, tab, line break or backslash instead of changing it', () => {
    for (const [written, what, at] of [
      ['"https://example.org/a b"', 'white space', 22],
      ['"https://example.org/a\\tb"', 'white space', 22],
      ['"https://example.org/a\\nb"', 'white space', 22],
      ['"https://example.org/a\u00A0b"', 'white space', 22],
      ['"https://example.org\\\\@evil.example"', 'a backslash', 20],
    ] as const) {
      const [problem] = problemsOf(eventFile(VALID.replace('https://example.org/premier', written)));
      assert.match(
        problem ?? '',
        new RegExp(
          `^sources\\[0\\]\\.url ".+" contains ${what} at character ${at} \\(write a space as %20, and no line breaks or backslashes\\)`,
        ),
        written,
      );
    }
    assert.deepEqual(
      problemsOf(eventFile(VALID.replace('https://example.org/premier', 'https://example.org/a%20b'))),
      [],
    );
    assert.deepEqual(problemsOf(eventFile(VALID.replace('https://example.org/premier', 'https://例え.jp/パス'))), []);
  });

  it('lists the allowed values for an unknown level or side', () => {
    assert.deepEqual(problemsOf(eventFile(withField('level', 'level: president'))), [
      'level "president" is not an allowed value (one of leader, head-of-government, senior-leader, politburo, minister, vice-minister, official)',
    ]);
    assert.deepEqual(problemsOf(eventFile(VALID.replace('side: china', 'side: korea'))), [
      'sources[0].side "korea" is not an allowed value (one of china, dprk, other)',
    ]);
  });

  it('requires a level for visits, summits, delegations and talks only', () => {
    assert.deepEqual(problemsOf(eventFile(withField('level', ''))), [
      'level is required for type "official-visit" (or mark the travelling lead with lead: true to derive it) (one of leader, head-of-government, senior-leader, politburo, minister, vice-minister, official)',
    ]);
    assert.deepEqual(
      problemsOf(eventFile(withField('level', '').replace('type: official-visit', 'type: message'))),
      [],
    );
  });

  it('accepts only http and https source addresses', () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.org/a', 'example.org/a']) {
      assert.deepEqual(problemsOf(eventFile(VALID.replace('https://example.org/premier', url))), [
        `sources[0].url "${url}" is not an http or https address (an address starting with http:// or https://)`,
      ]);
    }
    assert.deepEqual(problemsOf(eventFile(VALID.replace('https://', 'http://'))), []);
  });

  it('limits the length of title and summary', () => {
    const [problem] = problemsOf(eventFile(withField('title', `title: ${'x'.repeat(161)}`)));
    assert.match(problem ?? '', /^title "x{57}\.\.\." is longer than 160 characters/);
    assert.deepEqual(problemsOf(eventFile(withField('title', `title: ${'x'.repeat(160)}`))), []);
  });

  it('checks participants and tags', () => {
    const people = `${VALID}\nparticipants:\n  - name: Li Qiang\n    side: china\n    role: Premier\n  - name: Kim Jong Un\n    side: north`;
    assert.deepEqual(problemsOf(eventFile(people)), [
      'participants[1].side "north" is not an allowed value (one of china, dprk, other)',
    ]);
    assert.deepEqual(problemsOf(eventFile(`${VALID}\ntags: [anniversary, Party]`)), [
      'tags[1] "Party" is not a lowercase word (a list of lowercase words, e.g. anniversary or party-to-party)',
    ]);
  });

  it('reads a file saved with a byte-order mark and Windows line endings like any other', () => {
    const plain = parseEventFile(eventFile(VALID));
    const windows = parseEventFile(`\uFEFF${eventFile(VALID).replace(/\n/g, '\r\n')}`);
    assert.deepEqual(windows, plain);
  });
});

describe('reading a folder of events', () => {
  it('takes ids from file names, reads subfolders and ignores templates and other files', async () => {
    const dir = await folderWith({
      '2025-10-09-premier.md': eventFile(VALID),
      '2023/2023-07-26-delegation.md': eventFile(VALID),
      '_template.md': 'not an event',
      'notes.txt': 'not an event',
      '_drafts/2020-01-01-x.md': 'not an event either',
    });
    const { events, problems } = await readEventFolder(dir);
    assert.deepEqual(problems, []);
    assert.deepEqual(events.map((event) => event.id).sort(), ['2023-07-26-delegation', '2025-10-09-premier']);
  });

  it('reports every invalid file, each with its path', async () => {
    const dir = await folderWith({
      'a-good.md': eventFile(VALID),
      'b-empty.md': '',
      'c-bad.md': eventFile(withField('date', 'date: 2023-02-30')),
    });
    const { events, problems } = await readEventFolder(dir, (file) => `content/events/${file.slice(dir.length + 1)}`);
    assert.deepEqual(
      events.map((event) => event.id),
      ['a-good'],
    );
    assert.deepEqual(problems, [
      'content/events/b-empty.md: the file is empty (start it with front matter: a --- line, the fields, another --- line)',
      'content/events/c-bad.md: date "2023-02-30" is not a real calendar day (use YYYY-MM-DD, YYYY-MM or YYYY)',
    ]);
  });

  it('rejects file names that cannot be ids, and duplicate ids', async () => {
    const dir = await folderWith({
      'Li_Qiang.md': eventFile(VALID),
      '2023/visit.md': eventFile(VALID),
      '2024/visit.md': eventFile(VALID),
    });
    const { events, problems } = await readEventFolder(dir, (file) => file.slice(dir.length + 1));
    assert.deepEqual(
      events.map((event) => event.id),
      ['visit'],
    );
    assert.deepEqual(problems, [
      '2024/visit.md: id "visit" is already used by 2023/visit.md (every file name must be unique)',
      'Li_Qiang.md: file name "Li_Qiang.md" is not allowed (use lowercase letters, digits and hyphens, e.g. 2023-07-26-li-hongzhong.md)',
    ]);
  });
});

describe('the editors’ template', () => {
  it('is a valid event (a draft), so a copy of it only needs filling in', async () => {
    const { readFile } = await import('node:fs/promises');
    const result = parseEventFile(await readFile('content/events/_template.md', 'utf8'));
    assert.ok('data' in result, 'problems' in result ? result.problems.join('; ') : '');
    assert.equal(result.data.draft, true);
  });
});
