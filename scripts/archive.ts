// npm run archive -- [--dry-run] [FILE...]
// Looks up an archived copy (Internet Archive's Wayback Machine) of every source that has none, and writes
// each copy found into its event file as the source's `archived`, changing nothing else. Not part of the
// build: it is the one tool that goes on the network. ARCHIVE_API sets the availability API's address.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { archiveSources, describeLine, WAYBACK_AVAILABILITY } from '../src/editor/archive.ts';
import { labeller } from '../src/loaders/content-error.ts';

const USAGE = 'usage: npm run archive -- [--dry-run] [FILE...]   (every event file in content/events/ by default)';

function fail(message: string): never {
  console.error(`archive: ${message}\n${USAGE}`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const api = process.env.ARCHIVE_API ?? WAYBACK_AVAILABILITY;
if (!URL.canParse(api)) fail(`ARCHIVE_API "${api}" is not an address`);
// One request a second by default: the archive is a shared service. ARCHIVE_PAUSE_MS changes it.
const pause = Number(process.env.ARCHIVE_PAUSE_MS ?? 1000);
const eventsDir = process.env.EVENTS_DIR ?? 'content/events';
const label = labeller(process.cwd());

/** The event files to look at: those named (relative to where the editor typed them), or the whole folder. */
async function eventFiles(): Promise<string[]> {
  if (positionals.length > 0)
    return positionals.map((file) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
  const entries = await readdir(eventsDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !entry.name.startsWith('_'))
    .map((entry) => path.resolve(entry.parentPath, entry.name))
    .filter(
      (file) =>
        !path
          .relative(eventsDir, file)
          .split(path.sep)
          .some((part) => part.startsWith('_')),
    )
    .sort();
}

const files = (await eventFiles()).map((file) => ({ path: file, label: label(file) }));
console.log(
  `archive: asking ${new URL(api).host} about the sources of ${files.length} files${values['dry-run'] ? ' (dry run: nothing is written)' : ''}`,
);
const lines = await archiveSources(files, {
  api,
  pause,
  dryRun: values['dry-run'] ?? false,
  onLine: (line) => console.log(describeLine(line)),
});
const count = (kind: string) => lines.filter((line) => line.outcome.kind === kind && line.index >= 0).length;
console.log(
  `archive: ${count('archived')} copies ${values['dry-run'] ? 'found (not written)' : 'written'}, ${count('none')} sources with none, ${count('failed')} not looked up`,
);
process.exitCode = lines.some((line) => line.outcome.kind === 'failed') ? 1 : 0;
