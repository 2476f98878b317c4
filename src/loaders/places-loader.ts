import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError, labeller } from './content-error.ts';
import { readPlacesFile } from './places-file.ts';

/** Loads the places registry (`content/places.yaml`), failing with every problem in it. */
export function placesLoader({ file }: { file: string }): Loader {
  return {
    name: 'places-loader',
    load: async ({ config, logger, parseData, store, watcher }) => {
      const root = fileURLToPath(config.root);
      const absolute = path.resolve(root, file);
      const label = labeller(root);
      async function sync() {
        const { places, problems } = await readPlacesFile(absolute, label(absolute));
        if (problems.length > 0) throw new ContentError(problems);
        store.clear();
        for (const place of places) store.set({ id: place.id, data: await parseData({ id: place.id, data: place }) });
        return places.length;
      }
      await sync();
      if (!watcher) return;
      watcher.add(absolute);
      watcher.on('change', async (changed) => {
        if (changed !== absolute) return;
        try {
          logger.info(`Reloaded ${await sync()} places after a change to ${label(absolute)}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
