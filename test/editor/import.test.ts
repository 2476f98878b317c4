import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { EventData } from '../../src/domain/schema.ts';
import { buildDraft, type Draft } from '../../src/editor/import/build-draft.ts';
import { parseEventFile } from '../../src/loaders/event-files.ts';
import { readRecord } from '../../src/loaders/record.ts';
import { copiedRuns, fixture, PEOPLE_FILE, record } from './fixtures.ts';

const TODAY = '2026-11-23';

interface Expected {
  file: string;
  id: string;
  date: string;
  end?: string;
  type: EventData['type'];
  direction: EventData['direction'];
  level: EventData['level'];
  lead: string;
  people: string[];
  source: { title: string; publisher: string; published?: string; side: 'china' | 'dprk' | 'other' };
  occasion?: string;
  duplicate?: string;
  unlisted?: string[];
  left?: string[];
}

/** What each saved report should give. */
const CASES: Expected[] = [
  {
    file: 'seed-ctn-li-hongzhong-2023.txt',
    id: '2023-07-li-hongzhong-delegation',
    date: '2023-07',
    type: 'delegation',
    direction: 'china-to-dprk',
    level: 'politburo',
    lead: 'Li Hongzhong',
    people: ['Li Hongzhong', 'Kim Jong Un'],
    source: {
      title: 'China-North Korea Ties Set To Reach New Heights Under Kim Jong Un',
      publisher: 'CTN News',
      side: 'other',
    },
    occasion: '70th anniversary of the Korean War armistice',
    duplicate: 'content/events/2023-07-26-li-hongzhong-armistice-70th.md',
  },
  {
    file: 'seed-devdiscourse-li-qiang-2025.txt',
    id: '2025-10-li-qiang-visit',
    date: '2025-10',
    type: 'visit',
    direction: 'china-to-dprk',
    level: 'head-of-government',
    lead: 'Li Qiang',
    people: ['Li Qiang', 'Xi Jinping', 'Kim Jong Un', 'Dmitry Medvedev', 'To Lam'],
    source: {
      title: "China's Premier Visit Strengthens Ties with North Korea Amid Power Shift",
      publisher: 'Devdiscourse',
      published: '2025-10-07',
      side: 'other',
    },
    occasion: "80th anniversary of the founding of the Workers' Party of Korea",
    duplicate: 'content/events/2025-10-09-li-qiang-wpk-80th.md',
    unlisted: ['Thongloun Sisoulith'],
  },
  {
    file: 'xinhua-xi-state-visit-announced-2019.txt',
    id: '2019-06-20-xi-jinping-state-visit-2',
    date: '2019-06-20',
    end: '2019-06-21',
    type: 'state-visit',
    direction: 'china-to-dprk',
    level: 'leader',
    lead: 'Xi Jinping',
    people: ['Xi Jinping', 'Kim Jong Un', 'Hu Zhaoming', 'Song Tao'],
    source: {
      title: 'Xi to pay state visit to DPRK',
      publisher: 'Xinhua (via hotsrq.com)',
      published: '2019-06-17',
      side: 'china',
    },
    duplicate: 'content/events/2019-06-20-xi-jinping-state-visit.md',
  },
  {
    file: 'kcna-xi-to-visit-dprk-2019.txt',
    id: '2019-06-20-xi-jinping-state-visit-2',
    date: '2019-06-20',
    end: '2019-06-21',
    type: 'state-visit',
    direction: 'china-to-dprk',
    level: 'leader',
    lead: 'Xi Jinping',
    people: ['Xi Jinping', 'Kim Jong Un'],
    source: {
      title: 'Xi Jinping to visit DPRK',
      publisher: 'KCNA (via koreareaders.com)',
      published: '2019-06',
      side: 'dprk',
    },
    duplicate: 'content/events/2019-06-20-xi-jinping-state-visit.md',
  },
  {
    file: 'globaltimes-xi-state-visit-2019.html',
    id: '2019-06-20-xi-jinping-state-visit-2',
    date: '2019-06-20',
    end: '2019-06-21',
    type: 'state-visit',
    direction: 'china-to-dprk',
    level: 'leader',
    lead: 'Xi Jinping',
    people: ['Xi Jinping'],
    source: {
      title: 'Xi to pay state visit to North Korea',
      publisher: 'Global Times',
      published: '2019-06-19',
      side: 'china',
    },
    duplicate: 'content/events/2019-06-20-xi-jinping-state-visit.md',
  },
  {
    file: 'guardian-kim-unofficial-visit-2018.txt',
    id: '2018-03-25-kim-jong-un-unofficial-visit',
    date: '2018-03-25',
    end: '2018-03-28',
    type: 'unofficial-visit',
    direction: 'dprk-to-china',
    level: 'leader',
    lead: 'Kim Jong Un',
    people: ['Kim Jong Un', 'Xi Jinping', 'Kim Yo Jong'],
    source: {
      title: 'Kim Jong-un paid ‘unofficial’ visit to Beijing, Chinese state media confirms',
      publisher: 'The Guardian (via thetruthseeker.co.uk)',
      published: '2018-03-28',
      side: 'other',
    },
    duplicate: 'content/events/2018-03-25-kim-jong-un-first-china-visit.md',
    unlisted: ['Moon Jae-in', 'Donald Trump'],
    left: ['Kim Il Sung', 'Kim Jong Il'],
  },
  {
    file: 'presstv-wang-yi-pyongyang-2018.txt',
    id: '2018-05-02-wang-yi-visit',
    date: '2018-05-02',
    type: 'visit',
    direction: 'china-to-dprk',
    level: 'minister',
    lead: 'Wang Yi',
    people: ['Wang Yi', 'Ri Kil Song', 'Ri Yong Ho', 'Xi Jinping', 'Kim Jong Un'],
    source: {
      title: 'Press TV report of 2 May 2018 (headline not recorded)',
      publisher: 'Press TV',
      published: '2018-05-02',
      side: 'other',
    },
    duplicate: 'content/events/2018-05-03-wang-yi-pyongyang.md',
    unlisted: ['Moon Jae-in', 'Mike Pompeo', 'Donald Trump'],
  },
  {
    file: 'yonhap-choe-ryong-hae-envoy-2013.txt',
    id: '2013-05-22-choe-ryong-hae-visit',
    date: '2013-05-22',
    type: 'visit',
    direction: 'dprk-to-china',
    level: 'senior-leader',
    lead: 'Choe Ryong Hae',
    people: ['Choe Ryong Hae', 'Kim Jong Un', 'Wang Jiarui', 'Xi Jinping', 'Yang Jiechi', 'Jang Song Thaek', 'Kim Yong Nam'],
    source: {
      title: 'NK envoy-Beijing arrival',
      publisher: 'Yonhap (via GlobalPost)',
      published: '2013-05-22',
      side: 'other',
    },
    duplicate: 'content/events/2013-05-22-choe-ryong-hae-special-envoy.md',
  },
  {
    file: 'dailydhakatimes-li-qiang-announced-2025.txt',
    id: '2025-10-09-li-qiang-official-visit',
    date: '2025-10-09',
    end: '2025-10-11',
    type: 'official-visit',
    direction: 'china-to-dprk',
    level: 'head-of-government',
    lead: 'Li Qiang',
    people: ['Li Qiang', 'Xi Jinping', 'Wang Yi', 'Kim Jong Un'],
    source: {
      title: 'dailydhakatimes.com report (headline not recorded)',
      publisher: 'dailydhakatimes.com',
      side: 'other',
    },
    occasion: "80th anniversary of the founding of the Workers' Party of Korea",
    duplicate: 'content/events/2025-10-09-li-qiang-wpk-80th.md',
  },
];

describe('importing saved reports', () => {
  let context: Awaited<ReturnType<typeof record>>;
  before(async () => {
    context = await record();
  });

  for (const expected of CASES) {
    describe(expected.file, () => {
      let draft: Draft;
      let data: EventData;
      let article: { url: string; source: string };
      before(async () => {
        article = await fixture(expected.file);
        draft = buildDraft({ ...article, fileName: expected.file, today: TODAY, ...context });
        const parsed = parseEventFile(draft.text);
        if ('problems' in parsed) assert.fail(`the draft does not parse: ${parsed.problems.join('; ')}`);
        data = parsed.data;
      });

      it('dates it, types it and says who travelled', () => {
        assert.equal(draft.id, expected.id);
        assert.equal(data.date, expected.date);
        assert.equal(data.end, expected.end);
        assert.equal(data.type, expected.type);
        assert.equal(data.direction, expected.direction);
        assert.equal(data.level, expected.level);
        assert.equal(data.occasion, expected.occasion);
      });

      it('names the registry people in the report, the travelling lead marked', () => {
        assert.deepEqual(
          data.participants.map((participant) => participant.name),
          expected.people,
        );
        assert.deepEqual(
          data.participants.filter((participant) => participant.lead).map((participant) => participant.name),
          [expected.lead],
        );
        for (const name of expected.unlisted ?? [])
          assert.match(draft.text, new RegExp(`not in content/people.yaml:[^]*${name}`));
        for (const name of expected.left ?? [])
          assert.match(draft.text, new RegExp(`"the late …" \\(or as having died\\), so left out:[^]*${name}`));
      });

      it('cites the report as its first source', () => {
        const [source] = data.sources;
        assert.equal(data.sources.length, 1);
        assert.equal(source?.title, expected.source.title);
        assert.equal(source?.publisher, expected.source.publisher);
        assert.equal(source?.url, article.url);
        assert.equal(source?.published, expected.source.published);
        assert.equal(source?.side, expected.source.side);
      });

      it('is a draft, added today, with placeholders for what the editor writes', () => {
        assert.equal(data.draft, true);
        assert.equal(data.added, TODAY);
        assert.match(data.summary, /^TODO: summarise in your own words/);
        assert.match(draft.text, /\n---\n\nTODO: the editor writes the narrative here/);
        assert.match(draft.text, /^# date: guess/m);
      });

      it('names an event already in the record that it may duplicate', () => {
        if (expected.duplicate) assert.match(draft.text, new RegExp(`# POSSIBLE DUPLICATE: ${expected.duplicate}`));
        else assert.doesNotMatch(draft.text, /POSSIBLE DUPLICATE/);
      });

      it('copies no run of eight words from the report', () => {
        assert.deepEqual(copiedRuns(draft.text, article.source), []);
      });

      it('is accepted by the build, checked against the registry', async () => {
        const dir = await mkdtemp(path.join(tmpdir(), 'import-'));
        await mkdir(path.join(dir, 'events'));
        await copyFile(PEOPLE_FILE, path.join(dir, 'people.yaml'));
        await writeFile(path.join(dir, 'events', `${draft.id}.md`), draft.text);
        const checked = await readRecord(path.join(dir, 'events'), path.join(dir, 'people.yaml'));
        assert.deepEqual(checked.problems, []);
        assert.equal(checked.events.length, 1);
        assert.equal(checked.events[0]?.data.level, expected.level);
      });
    });
  }
});

describe('the draft file', () => {
  it('is the same for the same input, and takes a new name when its own is used', async () => {
    const context = await record();
    const article = await fixture('kcna-xi-to-visit-dprk-2019.txt');
    const input = { ...article, today: TODAY, ...context };
    assert.equal(buildDraft(input).text, buildDraft(input).text);
    const taken = new Set([...context.takenIds, '2019-06-20-xi-jinping-state-visit-2']);
    assert.equal(buildDraft({ ...input, takenIds: taken }).id, '2019-06-20-xi-jinping-state-visit-3');
  });

  it('uses the date given with --published over what the page shows', async () => {
    const context = await record();
    const article = await fixture('kcna-xi-to-visit-dprk-2019.txt');
    const draft = buildDraft({ ...article, published: '2019-06-17', today: TODAY, ...context });
    assert.match(draft.text, /published: 2019-06-17\n/);
    assert.match(draft.text, /from given with --published/);
  });

  it('refuses a report that dates nothing, saying how to give its date', async () => {
    const context = await record();
    const source =
      'A note\n\nSomeone wrote something about the weather and nothing else at all, at some length here.\n';
    assert.throws(() => buildDraft({ source, today: TODAY, ...context }), {
      name: 'NotAReport',
      message: /gives a date .*pass --published YYYY-MM-DD/,
    });
  });
});
