import { readdir } from 'node:fs/promises';
import { ID_PATTERN } from '../../domain/schema.ts';
import { readEventFolder } from '../../loaders/event-files.ts';

/**
 * Every id in use in an events folder: each file's name, in any subfolder, and each old id that still
 * redirects (`formerIds`), since a new file with that name would take over the old address.
 */
export async function takenIds(dir: string): Promise<Set<string>> {
  const taken = new Set<string>();
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => entry.name.slice(0, -'.md'.length));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return taken;
    throw error;
  }
  for (const name of names) taken.add(name);
  for (const event of (await readEventFolder(dir)).events) for (const id of event.data.formerIds) taken.add(id);
  return taken;
}

/** `base`, or `base-2`, `base-3`…: the first not taken; `base` is first made a valid id if it is not one. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  const id = ID_PATTERN.test(base)
    ? base
    : base
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
  let candidate = id || 'event';
  for (let number = 2; taken.has(candidate); number++) candidate = `${id}-${number}`;
  return candidate;
}
