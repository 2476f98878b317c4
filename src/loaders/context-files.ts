import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { load as loadYaml, YAMLException } from 'js-yaml';
import { CONTEXT_FIELDS, CONTEXT_HELP, contextSchema, type ContextData } from '../domain/context-schema.ts';
import { ID_PATTERN } from '../domain/schema.ts';
import { describeIssue } from './issues.ts';
import { TEXT_SCHEMA } from './yaml.ts';

/** One valid context item: its id (the file name), where it is, and its checked fields. */
export interface ContextFile {
  id: string;
  file: string;
  data: ContextData;
}

/** Whether a file in the context folder is an item: YAML, and not a `_template`. */
const isItem = (name: string) => /\.ya?ml$/.test(name) && !name.startsWith('_') && !name.startsWith('.');

/**
 * Reads and checks every item in the context folder, one YAML file each. Nothing is skipped quietly: a file
 * gives an item or its problems, each starting with the file. A missing folder is an empty collection.
 */
export async function readContextFolder(
  dir: string,
  label: (file: string) => string = (file) => file,
): Promise<{ items: ContextFile[]; problems: string[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isItem).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { items: [], problems: [] };
    throw error;
  }
  const items: ContextFile[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const absolute = path.join(dir, name);
    const file = label(absolute);
    const id = name.replace(/\.ya?ml$/, '');
    const fileProblems: string[] = [];
    if (!ID_PATTERN.test(id)) {
      fileProblems.push(
        `file name "${name}" is not allowed (use lowercase letters, digits and hyphens, e.g. 2006-10-09-nuclear-test.yaml)`,
      );
    }
    if (seen.has(id)) fileProblems.push(`id "${id}" is already used by ${seen.get(id)} (every file name must be unique)`);
    seen.set(id, file);
    let raw: unknown;
    try {
      raw = loadYaml((await readFile(absolute, 'utf8')).replace(/^\uFEFF/, ''), { schema: TEXT_SCHEMA });
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
      const line = error.mark ? ` at line ${error.mark.line + 1}` : '';
      problems.push(`${file}: not valid YAML${line}: ${error.reason} (check quotes, colons and indentation)`);
      continue;
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push(`${file}: must be a list of "field: value" lines (see content/context/_template.yaml)`);
      continue;
    }
    const result = contextSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        fileProblems.push(...describeIssue(issue, raw, { help: CONTEXT_HELP, known: CONTEXT_FIELDS }));
      }
    }
    if (fileProblems.length > 0) problems.push(...fileProblems.map((problem) => `${file}: ${problem}`));
    else if (result.success) items.push({ id, file, data: result.data });
  }
  return { items, problems };
}
