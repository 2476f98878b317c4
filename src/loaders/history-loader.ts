import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { changesById, HISTORY_ENTRY } from '../history/entries.ts';
import { readGitHistory } from '../history/git-log.ts';

/**
 * Loads the events folder's history from git, once per build, as one entry holding every file id's
 * changes. Where git cannot tell (no git, no repository, a shallow clone) the build says so in one line
 * and the entry holds no changes, only the reason, so pages show no history rather than a false one. In
 * `astro dev` it is read when the server starts. With `read: false` it reads nothing, so a build is the
 * same from a shallow clone as from a whole one (the end-to-end tests' site is built so).
 */
export function historyLoader({ directory, read = true }: { directory: string; read?: boolean }): Loader {
  return {
    name: 'history-loader',
    load: async ({ config, logger, store, generateDigest }) => {
      const folder = path.resolve(fileURLToPath(config.root), directory);
      const history = read ? await readGitHistory(folder) : { unavailable: 'GIT_HISTORY=off' };
      const data =
        'unavailable' in history
          ? { unavailable: history.unavailable, files: {} }
          : { files: Object.fromEntries(changesById(history.commits)) };
      if ('unavailable' in history) logger.warn(`Event pages show no history of changes: ${history.unavailable}.`);
      else logger.info(`Read ${history.commits.length} commits of ${directory} for the entries' histories`);
      store.clear();
      store.set({ id: HISTORY_ENTRY, data, digest: generateDigest(data) });
    },
  };
}
