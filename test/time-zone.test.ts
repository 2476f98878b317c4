import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { eventFile, folderWith, VALID, withField } from './helpers.ts';

/** Reads a folder and formats every date in a child process running in time zone `tz`. */
function readIn(tz: string, dir: string): string {
  const script = `
    import { readEventFolder } from './src/loaders/event-files.ts';
    import { dateRangeText } from './src/domain/dates.ts';
    import { sortEvents } from './src/domain/ordering.ts';
    const { events, problems } = await readEventFolder(${JSON.stringify(dir)}, (f) => f.slice(${dir.length + 1}));
    const shown = sortEvents(events).map((e) => [e.id, e.data.date, e.data.end, dateRangeText(e.data.date, e.data.end)]);
    console.log(JSON.stringify({ shown, problems }));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
}

describe('time zones', () => {
  it('reads and formats the same calendar dates whatever the machine time zone', async () => {
    const dir = await folderWith({
      'a.md': eventFile(withField('end', '').replace('date: 2025-10-09', 'date: 2023-07-26')),
      'b.md': eventFile(
        VALID.replace('date: 2025-10-09', 'date: 2024-12-31').replace('end: 2025-10-11', 'end: 2025-01-01'),
      ),
      'c.md': eventFile(withField('end', '').replace('date: 2025-10-09', 'date: 2024-01-01')),
      'd.md': eventFile(withField('date', 'date: 2023-02-29')),
    });
    const utc = readIn('UTC', dir);
    assert.deepEqual(JSON.parse(utc), {
      shown: [
        ['a', '2023-07-26', null, '26 July 2023'],
        ['c', '2024-01-01', null, '1 January 2024'],
        ['b', '2024-12-31', '2025-01-01', '31 December 2024 – 1 January 2025'],
      ],
      problems: ['d.md: date "2023-02-29" is not a real calendar day (use YYYY-MM-DD, YYYY-MM or YYYY)'],
    });
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Pyongyang']) {
      assert.equal(readIn(tz, dir), utc, tz);
    }
  });
});
