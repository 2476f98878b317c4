import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { changesById } from '../history/entries.ts';
import { readGitHistory } from '../history/git-log.ts';

/**
 * Loads the events folder's history from git, once per build: one entry per file id that any commit
 * touched, holding that file's changes. Where git cannot tell (no git, no repository, a shallow clone)
 * the build says so in one line and the collection stays empty, so pages show no history rather than a
 * false one. In `astro dev` it is read when the server starts. With `read: false` it reads nothing, so a
 * build is the same from a shallow clone as from a whole one (the end-to-end tests' site is built so).
 */
export function historyLoader({ directory, read = true }: { directory: string; read?: boolean }): Loader {
  return {
    name: 'history-loader',
    load: async ({ config, logger, store, generateDigest }) => {
      store.clear();
      if (!read) {
        logger.info('Event pages show no history of changes: GIT_HISTORY=off');
        return;
      }
      const folder = path.resolve(fileURLToPath(config.root), directory);
      const history = await readGitHistory(folder);
      if ('unavailable' in history) {
        logger.warn(`Event pages show no history of changes: ${history.unavailable}.`);
        return;
      }
      for (const [id, changes] of changesById(history.commits)) {
        store.set({ id, data: { changes }, digest: generateDigest({ changes }) });
      }
      logger.info(`Read ${history.commits.length} commits of ${directory} for the entries' histories`);
    },
  };
}
