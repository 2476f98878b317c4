import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readEventFolder } from './event-files.ts';
import { narrativeProblems, sanitizeNarrative } from './narrative.ts';

const fileOf = (problem: string) => problem.slice(0, problem.indexOf(': '));
/** Orders messages by file and keeps each file's own order, so fields read top to bottom. */
const byFile = (a: string, b: string) => (fileOf(a) < fileOf(b) ? -1 : fileOf(a) > fileOf(b) ? 1 : 0);

/** Thrown when any event file is invalid; its message lists every problem in every file. */
class InvalidEventsError extends Error {
  constructor(readonly problems: readonly string[]) {
    const files = new Set(problems.map(fileOf)).size;
    super(
      `${files} event ${files === 1 ? 'file is' : 'files are'} invalid; fix ${files === 1 ? 'it' : 'them'} and build again:\n` +
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
export function eventsLoader({ directory }: { directory: string }): Loader {
  return {
    name: 'events-loader',
    load: async ({ config, logger, parseData, renderMarkdown, generateDigest, store, watcher }) => {
      const root = fileURLToPath(config.root);
      const folder = path.resolve(root, directory);
      // Messages name files as the editor knows them: relative to the project, or in full when outside it.
      const label = (file: string) => {
        const relative = path.relative(root, file);
        return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
      };

      async function sync() {
        const { events, problems } = await readEventFolder(folder, label);
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
          const parsed = await parseData({ id, data, filePath: absolute });
          // The store wants a path relative to the project, even for a folder outside it.
          const filePath = path.relative(root, absolute).split(path.sep).join('/');
          store.set({ id, data: parsed, body, filePath, digest, rendered });
        }
        return ready.length;
      }

      await sync();
      if (!watcher) return;
      // In `astro dev`, any change in the folder reloads it whole; a bad file is reported and the last good data kept.
      watcher.add(folder);
      const reload = async (changed: string) => {
        if (!changed.startsWith(folder + path.sep)) return;
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
