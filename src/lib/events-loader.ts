import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { narrativeProblems, sanitizeNarrative } from './narrative.ts';
import { readPeopleFile } from './people.ts';
import { readRecord } from './record.ts';

const fileOf = (problem: string) => problem.slice(0, problem.indexOf(': '));
/** Orders messages by file and keeps each file's own order, so fields read top to bottom. */
const byFile = (a: string, b: string) => (fileOf(a) < fileOf(b) ? -1 : fileOf(a) > fileOf(b) ? 1 : 0);

/** Messages name files as the editor knows them: relative to the project, or in full when outside it. */
const labeller = (root: string) => (file: string) => {
  const relative = path.relative(root, file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
};

/** Thrown when any event file is invalid; its message lists every problem in every file. */
class InvalidEventsError extends Error {
  constructor(readonly problems: readonly string[]) {
    const files = new Set(problems.map(fileOf)).size;
    super(
      `${files} content ${files === 1 ? 'file is' : 'files are'} invalid; fix ${files === 1 ? 'it' : 'them'} and build again:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
    this.name = 'InvalidEventsError';
    // The editor needs the list, not where in the loader it was raised.
    this.stack = this.message;
  }
}

/**
 * Loads every Markdown file in `directory` (relative to the project root) as an event, modelled on
 * Astro's `file()` loader: gray-matter and the event schema check the front matter, Astro's Markdown
 * pipeline renders the narrative, and in `astro dev` the folder is watched so a dropped-in file appears.
 * Any invalid file fails the load, with every problem in every file reported at once.
 */
export function eventsLoader({ directory, people }: { directory: string; people: string }): Loader {
  return {
    name: 'events-loader',
    load: async ({ config, logger, renderMarkdown, generateDigest, store, watcher }) => {
      const root = fileURLToPath(config.root);
      const folder = path.resolve(root, directory);
      const peopleFile = path.resolve(root, people);
      const label = labeller(root);

      async function sync() {
        // Every participant must be in the registry, and every level agree with the leads' offices.
        const { events, problems } = await readRecord(folder, peopleFile, label);
        const ready = [];
        for (const event of events) {
          const digest = generateDigest({ data: event.data, body: event.body });
          const existing = store.get(event.id);
          let rendered = existing?.digest === digest ? existing.rendered : undefined;
          if (!rendered) {
            rendered = await renderMarkdown(event.body);
            const unsafe = narrativeProblems(rendered.html);
            problems.push(...unsafe.map((problem) => `${event.file}: ${problem}`));
            rendered = { ...rendered, html: sanitizeNarrative(rendered.html) };
          }
          ready.push({ ...event, digest, rendered });
        }
        if (problems.length > 0) throw new InvalidEventsError(problems.sort(byFile));
        const ids = new Set(ready.map((event) => event.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const { id, path: absolute, data, body, digest, rendered } of ready) {
          // `data` has already passed the collection's schema in readEventFolder; parsing it again would only cost time.
          // The store wants a path relative to the project, even for a folder outside it.
          const filePath = path.relative(root, absolute).split(path.sep).join('/');
          store.set({ id, data, body, filePath, digest, rendered });
        }
        return ready.length;
      }

      await sync();
      if (!watcher) return;
      // In `astro dev`, any change in the folder reloads it whole; a bad file is reported and the last good data kept.
      watcher.add([folder, peopleFile]);
      const reload = async (changed: string) => {
        if (!changed.startsWith(folder + path.sep) && changed !== peopleFile) return;
        try {
          logger.info(`Reloaded ${await sync()} events after a change to ${label(changed)}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      for (const change of ['add', 'change', 'unlink'] as const) watcher.on(change, reload);
    },
  };
}

/** Loads the people registry (`content/people.yaml`), failing with every problem in it. */
export function peopleLoader({ file }: { file: string }): Loader {
  return {
    name: 'people-loader',
    load: async ({ config, logger, parseData, store, watcher }) => {
      const root = fileURLToPath(config.root);
      const absolute = path.resolve(root, file);
      const label = labeller(root);
      async function sync() {
        const { people, problems } = await readPeopleFile(absolute, label(absolute));
        if (problems.length > 0) throw new InvalidEventsError(problems);
        store.clear();
        for (const person of people)
          store.set({ id: person.id, data: await parseData({ id: person.id, data: person }) });
        return people.length;
      }
      await sync();
      if (!watcher) return;
      watcher.add(absolute);
      watcher.on('change', async (changed) => {
        if (changed !== absolute) return;
        try {
          logger.info(`Reloaded ${await sync()} people after a change to ${label(absolute)}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
