import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { byFile, ContentError, labeller } from './content-error.ts';
import { readContextFolder } from './context-files.ts';

/**
 * Loads the context collection (`content/context/*.yaml`), failing with every problem in every file; in
 * `astro dev` the folder is watched, and a broken file leaves the last good items on screen.
 */
export function contextLoader({ directory }: { directory: string }): Loader {
  return {
    name: 'context-loader',
    load: async ({ config, logger, store, watcher }) => {
      const root = fileURLToPath(config.root);
      const folder = path.resolve(root, directory);
      const label = labeller(root);
      async function sync() {
        const { items, problems } = await readContextFolder(folder, label);
        if (problems.length > 0) throw new ContentError(problems.sort(byFile));
        store.clear();
        // `data` has passed the collection's schema already, in readContextFolder.
        for (const { id, data } of items) store.set({ id, data });
        return items.length;
      }
      await sync();
      if (!watcher) return;
      watcher.add(folder);
      const reload = async (changed: string) => {
        if (!changed.startsWith(folder + path.sep)) return;
        try {
          logger.info(`Reloaded ${await sync()} context items after a change to ${label(changed)}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      for (const change of ['add', 'change', 'unlink'] as const) watcher.on(change, reload);
    },
  };
}
