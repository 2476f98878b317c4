import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError, labeller } from './content-error.ts';

/** What a registry file's reader gives: its entries, each with an id, and every problem found. */
interface RegistryReader {
  (absolute: string, label: string): Promise<{ entries: readonly { id: string }[]; problems: string[] }>;
}

/**
 * Loads one registry file (people, places) as a collection, failing with every problem in it; in
 * `astro dev` it is read again when the file changes. `what` names the entries in the reload message.
 */
export function registryLoader({
  name,
  file,
  what,
  read,
}: {
  name: string;
  file: string;
  what: string;
  read: RegistryReader;
}): Loader {
  return {
    name,
    load: async ({ config, logger, parseData, store, watcher }) => {
      const root = fileURLToPath(config.root);
      const absolute = path.resolve(root, file);
      const label = labeller(root);
      async function sync() {
        const { entries, problems } = await read(absolute, label(absolute));
        if (problems.length > 0) throw new ContentError(problems);
        store.clear();
        for (const entry of entries)
          store.set({ id: entry.id, data: await parseData({ id: entry.id, data: { ...entry } }) });
        return entries.length;
      }
      await sync();
      if (!watcher) return;
      watcher.add(absolute);
      watcher.on('change', async (changed) => {
        if (changed !== absolute) return;
        try {
          logger.info(`Reloaded ${await sync()} ${what} after a change to ${label(absolute)}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
