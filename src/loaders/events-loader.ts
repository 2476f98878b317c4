import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import type { Loader } from 'astro/loaders';
import { byFile, ContentError, labeller } from './content-error.ts';
import { narrativeLinkProblems, type SiteTargets } from './narrative-links.ts';
import { narrativeProblems, SANITIZER_VERSION, sanitizeNarrative } from './narrative.ts';
import type { Person } from '../domain/schema.ts';
import type { EventFile } from './event-files.ts';
import { readRecord } from './record.ts';

/**
 * Loads every Markdown file in `directory` (relative to the project root) as an event, modelled on
 * Astro's `file()` loader: gray-matter and the event schema check the front matter, Astro's Markdown
 * pipeline renders the narrative, and in `astro dev` the folder is watched so a dropped-in file appears.
 * Any invalid file fails the load, with every problem in every file reported at once.
 */
export function eventsLoader({
  directory,
  people,
  places,
}: {
  directory: string;
  people: string;
  places: string;
}): Loader {
  return {
    name: 'events-loader',
    load: async ({ config, logger, renderMarkdown, generateDigest, store, watcher }) => {
      const root = fileURLToPath(config.root);
      const folder = path.resolve(root, directory);
      const peopleFile = path.resolve(root, people);
      const placesFile = path.resolve(root, places);
      const label = labeller(root);

      async function sync() {
        // Every participant and place must be in its registry, and every level agree with the leads' offices.
        // Links in the folder may lead anywhere in the project, which a clone of the repository has too.
        const { events, registry, problems } = await readRecord(folder, peopleFile, label, { within: [root], placesFile });
        const ready = [];
        for (const event of events) {
          // The digest covers all the store keeps: Astro leaves an entry whose digest is unchanged as it was, so
          // the file's place (pages link to it), the base (the narrative's root-relative links) and the sanitiser's
          // version are in it too.
          const digest = generateDigest({
            data: event.data,
            body: event.body,
            base: config.base,
            path: event.path,
            sanitizer: SANITIZER_VERSION,
          });
          const existing = store.get(event.id);
          let rendered = existing?.digest === digest ? existing.rendered : undefined;
          if (!rendered) {
            rendered = await renderMarkdown(event.body);
            const unsafe = narrativeProblems(rendered.html);
            problems.push(...unsafe.map((problem) => `${event.file}: ${problem}`));
            rendered = { ...rendered, html: sanitizeNarrative(rendered.html, config.base) };
          }
          ready.push({ ...event, digest, rendered });
        }
        // Links to the site's own pages and images: known only once every file is read.
        const site = siteTargets(events, registry.people, config);
        for (const event of ready) {
          const self = { id: event.id, draft: event.data.draft };
          problems.push(
            ...narrativeLinkProblems(event.rendered.html, self, site).map((problem) => `${event.file}: ${problem}`),
          );
        }
        if (problems.length > 0) throw new ContentError(problems.sort(byFile));
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
      watcher.add([folder, peopleFile, placesFile]);
      const reload = async (changed: string) => {
        if (!changed.startsWith(folder + path.sep) && changed !== peopleFile && changed !== placesFile) return;
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

/** What the site will hold, for checking the narratives' links to it. */
function siteTargets(
  events: readonly EventFile[],
  people: readonly Person[],
  config: Pick<AstroConfig, 'root' | 'publicDir' | 'base'>,
): SiteTargets {
  const publicDir = fileURLToPath(config.publicDir);
  return {
    events: new Map(events.map(({ id, data }) => [id, { draft: data.draft }])),
    formerIds: new Set(events.flatMap(({ data }) => data.formerIds)),
    people: new Set(people.map(({ id }) => id)),
    publicDir,
    publicLabel: labeller(fileURLToPath(config.root))(publicDir),
    base: config.base,
  };
}
