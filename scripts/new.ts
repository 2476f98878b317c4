/**
 * `npm run new`: writes a new event file as a draft, asking for what the flags do not give and offering the
 * registry's people as it goes, or (`--yes`) from the flags alone. Nothing invalid is ever written: the
 * draft is checked as the build checks every file first. The new file's path is the last line printed.
 * Everything else (questions, the build's messages) goes to standard error. This file is the thin part
 * that touches the clock, the terminal and the disk; src/editor/ holds the rest.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { dateProblem } from '../src/domain/dates.ts';
import { Registry } from '../src/domain/registry.ts';
import { readEventFolder } from '../src/loaders/event-files.ts';
import { readPeopleFile } from '../src/loaders/people-file.ts';
import { interview, InputEnded, type Conversation } from '../src/editor/new/interview.ts';
import {
  draftText,
  prepareDraft,
  slugFromTitle,
  uniqueId,
  type Answers,
  type Draft,
} from '../src/editor/new/answers.ts';
import { checkDraft } from '../src/editor/draft/check.ts';
import { possibleDuplicates } from '../src/editor/draft/duplicates.ts';
import { takenIds } from '../src/editor/draft/ids.ts';
import { dateRangeText } from '../src/domain/dates.ts';

const USAGE = `Usage: npm run new [-- flags]

Writes a new event into content/events/ (or EVENTS_DIR) as a draft (draft: true), with today's date as
"added". Asks for anything the flags leave out (someone not in the registry can be added as a one-off, and
when no --source-… flag is given, as many sources as wanted); with --yes it asks nothing and writes only a valid
draft.

  --date YYYY-MM-DD        the first day (or YYYY-MM, YYYY)      --end …           the last day
  --title "…"              one line, at most 160 characters
  --type TYPE              state-visit, official-visit, working-visit, unofficial-visit, visit, delegation,
                           summit, talks, agreement, commemoration, message, military, economic, other
  --direction DIRECTION    china-to-dprk, dprk-to-china, mutual, multilateral
  --lead "Name"            the travelling lead, by any spelling in content/people.yaml: decides the level
  --participant "Name"     anyone else in the registry (repeat the flag for each)
  --one-off "Name=side"    someone not in the registry, named once, with their side: china, dprk or other
  --level LEVEL            when no lead decides it: leader, head-of-government, senior-leader, politburo,
                           minister, vice-minister, official
  --location "…"  --occasion "…"  --summary "…" (at most 300 characters)
  --source-title "…"  --source-publisher "…"  --source-url URL  --source-published DATE
  --source-side china|dprk|other
                           repeat the five --source-… flags for each further source, in the same order
  --slug short-name        the file's name after the date (default: from the title)
  --today YYYY-MM-DD       the "added" date (default: today)
  --yes                    ask nothing: write the draft if it is valid, else say why and exit 1
`;

const OPTIONS = {
  date: { type: 'string' },
  end: { type: 'string' },
  title: { type: 'string' },
  type: { type: 'string' },
  direction: { type: 'string' },
  lead: { type: 'string' },
  participant: { type: 'string', multiple: true },
  'one-off': { type: 'string', multiple: true },
  level: { type: 'string' },
  location: { type: 'string' },
  occasion: { type: 'string' },
  summary: { type: 'string' },
  'source-title': { type: 'string', multiple: true },
  'source-publisher': { type: 'string', multiple: true },
  'source-url': { type: 'string', multiple: true },
  'source-published': { type: 'string', multiple: true },
  'source-side': { type: 'string', multiple: true },
  slug: { type: 'string' },
  today: { type: 'string' },
  yes: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const say = (text: string) => process.stderr.write(`${text}\n`);

/** A path as the editor knows it: relative to where the command runs, or in full when outside it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

/** Today on the editor's own calendar, as `YYYY-MM-DD`: the only place the clock is read. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A terminal conversation over readline: Tab completes where a question offers completions. */
function terminal(): Conversation & { close(): void } {
  const interactive = process.stdin.isTTY === true && process.stderr.isTTY === true;
  let complete: ((line: string) => string[]) | undefined;
  const rl = createInterface({
    input: process.stdin,
    output: process.stderr,
    terminal: interactive,
    completer: (line: string): [string[], string] => [complete?.(line) ?? [], line],
  });
  // Ctrl-C ends the conversation, as the end of input does: nothing is written.
  rl.on('SIGINT', () => rl.close());
  // The iterator keeps lines that arrive before they are asked for, as piped input does.
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(prompt, completions) {
      complete = completions;
      rl.setPrompt(prompt);
      rl.prompt();
      const next = await lines.next();
      // Piped answers are not echoed by a terminal; echo them so the transcript reads as a conversation.
      if (!interactive) process.stderr.write(next.done ? '\n' : `${next.value}\n`);
      return next.done ? undefined : next.value;
    },
    say,
    close: () => rl.close(),
  };
}

/** Writes the draft under a name no file or former id uses, never replacing a file; its path. */
async function write(dir: string, date: string, slug: string, text: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const taken = await takenIds(dir);
  for (;;) {
    const file = path.join(dir, `${uniqueId(date, slug, taken)}.md`);
    try {
      await writeFile(file, text, { flag: 'wx' });
      return file;
    } catch (error) {
      // Someone wrote that name since it was chosen: take the next one.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      taken.add(path.basename(file, '.md'));
    }
  }
}

/** The flags, or `undefined` (having said why) when they cannot be read. */
function flags() {
  try {
    return parseArgs({ options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    say(`${(error as Error).message}\n\n${USAGE}`);
    return undefined;
  }
}

/** The sources the repeated --source-… flags give: the first, and any more, paired by their order. */
function sourcesFrom(values: NonNullable<ReturnType<typeof flags>>): Pick<Answers, 'source' | 'moreSources'> {
  const count = Math.max(
    1,
    ...(['title', 'publisher', 'url', 'published', 'side'] as const).map(
      (field) => values[`source-${field}`]?.length ?? 0,
    ),
  );
  const sources = Array.from({ length: count }, (_, index) => ({
    title: values['source-title']?.[index],
    publisher: values['source-publisher']?.[index],
    url: values['source-url']?.[index],
    published: values['source-published']?.[index],
    side: values['source-side']?.[index],
  }));
  return { source: sources[0]!, moreSources: sources.slice(1) };
}

async function main(): Promise<number> {
  const values = flags();
  if (!values) return 2;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const added = values.today ?? today();
  if (dateProblem(added) !== undefined || added.length !== 10) {
    say(`--today "${added}" is not a day (use YYYY-MM-DD)`);
    return 2;
  }

  const eventsDir = path.resolve(process.env.EVENTS_DIR || 'content/events');
  const peopleFile = path.resolve(process.env.PEOPLE_FILE || 'content/people.yaml');
  const registryFile = shown(peopleFile);
  const people = await readPeopleFile(peopleFile, registryFile);
  if (people.problems.length > 0) {
    say(
      `${registryFile} has problems; fix them first:\n${people.problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    return 1;
  }
  const registry = new Registry(people.people);

  const answers: Answers = {
    date: values.date,
    end: values.end,
    title: values.title,
    type: values.type,
    direction: values.direction,
    level: values.level,
    location: values.location,
    occasion: values.occasion,
    summary: values.summary,
    lead: values.lead,
    participants: values.participant ?? [],
    oneOffs: (values['one-off'] ?? []).map((typed) => {
      const at = typed.lastIndexOf('=');
      return at === -1 ? { name: typed, side: '' } : { name: typed.slice(0, at), side: typed.slice(at + 1) };
    }),
    ...sourcesFrom(values),
    added,
    slug: values.slug,
  };

  let draft: Draft & { answers: Answers };
  if (values.yes) {
    draft = { ...prepareDraft(answers, registry, registryFile), answers };
    if (draft.problems.length > 0) {
      say(
        `The draft is invalid, so nothing was written:\n${draft.problems.map((problem) => `  - ${problem}`).join('\n')}`,
      );
      return 1;
    }
  } else {
    const talk = terminal();
    try {
      draft = await interview(answers, registry, registryFile, talk);
      say(`\n${draft.text}`);
      const confirm = await talk.ask('Write this draft? [Y/n] ');
      if (confirm === undefined) throw new InputEnded();
      if (/^n/i.test(confirm.trim())) {
        say('Nothing was written.');
        return 1;
      }
    } catch (error) {
      if (!(error instanceof InputEnded)) throw error;
      say('\nInput ended before the draft was complete; nothing was written. (With --yes, flags alone make a draft.)');
      return 1;
    } finally {
      talk.close();
    }
  }

  // Events already in the record it may duplicate: said now, and noted in the file, as import does.
  const data = checkDraft(draft.text, registry, registryFile).data;
  if (data) {
    const ids = data.participants
      .map((participant) => registry.find(participant.name)?.id)
      .filter((id) => id !== undefined);
    const lead = data.participants.find((participant) => participant.lead);
    const duplicates = possibleDuplicates(
      { date: data.date, end: data.end, people: ids, lead: lead && registry.find(lead.name)?.id },
      (await readEventFolder(eventsDir, shown)).events,
      registry,
    );
    const notes = duplicates.map(
      (event) =>
        `POSSIBLE DUPLICATE: ${event.file} (${dateRangeText(event.data.date, event.data.end)}) also names ${event.shared.join(', ')}. If this is that event, add to it instead.`,
    );
    for (const note of notes) say(note);
    if (notes.length)
      draft = {
        ...draft,
        text: draftText({ ...draft.answers, level: draft.level ?? draft.answers.level }, registry, notes),
      };
  }

  // The draft is valid, so it has a date, and any short name given is a valid one.
  const slug = draft.answers.slug?.trim() || slugFromTitle(draft.answers.title);
  const file = await write(eventsDir, draft.answers.date!.trim(), slug, draft.text);
  say(`Wrote a draft: write its narrative, check it with npm run dev, then remove "draft: true" to publish.`);
  process.stdout.write(`${shown(file)}\n`);
  return 0;
}

process.exitCode = await main();
