import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError, labeller } from './content-error.ts';
import { readPeopleFile } from './people-file.ts';

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
        if (problems.length > 0) throw new ContentError(problems);
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
