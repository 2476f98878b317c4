import type { Registry } from '../../domain/registry.ts';
import type { EventData, Level } from '../../domain/schema.ts';
import { parseEventFile } from '../../loaders/event-files.ts';
import { checkAgainstRegistry } from '../../loaders/record.ts';

/**
 * A draft's text checked exactly as the build checks a file: the front matter by the build's reader, then the
 * participants and the level against the registry. Gives the level the leads decide, and every problem as
 * `field …: what is wrong (what is allowed)`.
 */
export function checkDraft(
  text: string,
  registry: Registry,
  registryFile: string,
): { data: EventData | undefined; level: Level | undefined; problems: string[] } {
  const parsed = parseEventFile(text);
  if ('problems' in parsed) return { data: undefined, level: undefined, problems: parsed.problems };
  const checked = checkAgainstRegistry(parsed.data, registry, registryFile);
  return { data: parsed.data, ...checked };
}
