import { readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Finding and reading the files of an events folder. Nothing in it is passed over without a word: a file
 * is an event (`.md`), ignored on purpose (a `_template`, a hidden file, a file that is not Markdown), or a
 * problem with a message (a Markdown file under another ending, a symbolic link that leads nowhere or out of
 * the repository, a file that cannot be read or is not UTF-8).
 */

/** The event files found, each path as seen in the folder (a link's own path), sorted; and every problem, as a message. */
export interface Listing {
  files: string[];
  /** Each starts with the labelled path it is about. */
  problems: string[];
}

/** Other endings Markdown is saved under, in any case; each is refused with a message, never skipped. */
const MARKDOWN_ENDING = /\.(?:md|markdown|mdown|mkdn|mkd|mdwn|mdtxt|mdtext)$/i;

/** Whether `file` is `folder` or inside it. */
const isWithin = (file: string, folder: string) => {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** Why a Markdown file's name is not read as an event, or undefined when it is one (`x.md`). */
function endingProblem(name: string): string | undefined {
  if (name.endsWith('.md')) return undefined;
  const stem = name.replace(MARKDOWN_ENDING, '');
  return `is not read as an event: event files end in .md, lowercase (rename it to ${stem}.md)`;
}

/**
 * Every event file under `dir`, in subfolders too, sorted so every build reads them in the same order.
 * Names starting with `_` (templates, `_drafts/`) and files starting with `.` are left out on purpose.
 * A symbolic link is followed when it leads elsewhere in one of the folders in `within` (the repository),
 * which a clone has too; a dangling link, a link out of them, a link into the events folder itself (whose
 * files are read where they are), a loop and a second link to one target are problems. `label` names paths
 * in messages.
 */
export async function listEventFiles(
  dir: string,
  { within = [], label = (file) => file }: { within?: readonly string[]; label?: (file: string) => string } = {},
): Promise<Listing> {
  const files: string[] = [];
  const problems: string[] = [];
  const report = (file: string, problem: string) => problems.push(`${label(file)}: ${problem}`);
  /** A path in a message: labelled, or in full where the label is empty (the repository's own folder). */
  const named = (file: string) => label(file) || file;
  let top: string;
  try {
    top = await realpath(dir);
  } catch {
    report(dir, 'the events folder does not exist (EVENTS_DIR names it when set; otherwise it is content/events)');
    return { files, problems };
  }
  if (!(await stat(top)).isDirectory()) {
    report(dir, 'is not a folder (the events folder must be a folder of .md files)');
    return { files, problems };
  }
  const roots = [top, ...(await Promise.all(within.map((folder) => realpath(folder).catch(() => folder))))];
  /** Where each link's target was first reached, so that nothing outside the folder is read twice. */
  const linked = new Map<string, string>();
  /** Why a link to `target` is not followed, if it is not. */
  const linkProblem = (target: string): string | undefined => {
    const first = linked.get(target);
    if (isWithin(top, target)) {
      return `is a symbolic link to ${named(target)}, which holds the events folder itself (a loop; remove the link)`;
    }
    if (isWithin(target, top)) {
      return `is a symbolic link to ${named(target)}, which is read where it is (remove the link: an event is one file)`;
    }
    if (!roots.some((root) => isWithin(target, root))) {
      return `is a symbolic link to ${target}, outside the events folder and the repository (a link may only lead to a file or folder inside them, which a clone of the repository has too)`;
    }
    return first === undefined
      ? undefined
      : `leads to ${named(target)}, already read through ${named(first)} (keep one link)`;
  };

  async function walk(folder: string): Promise<void> {
    let entries;
    try {
      entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch (error) {
      report(
        folder,
        `is a folder that cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}; give your user permission to read it)`,
      );
      return;
    }
    for (const entry of entries) {
      const { name } = entry;
      if (name.startsWith('_') || (name.startsWith('.') && !entry.isDirectory())) continue;
      const seen = path.join(folder, name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const resolved = await followLink(seen);
        if ('problem' in resolved) {
          if (mayBeEvents(name)) report(seen, resolved.problem);
          continue;
        }
        // A link to some other kind of file is ignored, as that file would be.
        if (!mayBeEvents(name) && !resolved.isFolder) continue;
        const problem = linkProblem(resolved.target);
        if (problem) {
          report(seen, problem);
          continue;
        }
        linked.set(resolved.target, seen);
        ({ isFolder, isFile } = resolved);
      }
      if (isFolder) {
        await walk(seen);
      } else if (MARKDOWN_ENDING.test(name)) {
        const ending = endingProblem(name);
        if (ending) report(seen, ending);
        else if (isFile) files.push(seen);
        else report(seen, 'is not a regular file (an event is a text file)');
      }
    }
  }

  await walk(dir);
  if (files.length === 0 && problems.length === 0) {
    report(
      dir,
      'holds no event files, and a site with no events is not built (add a .md file; content/events/_template.md is a start)',
    );
  }
  return { files: files.sort(), problems };
}

/** A link's target, or why it has none: missing (a dangling link), or a loop of links. */
async function followLink(
  link: string,
): Promise<{ target: string; isFolder: boolean; isFile: boolean } | { problem: string }> {
  try {
    const target = await realpath(link);
    const stats = await stat(target);
    return { target, isFolder: stats.isDirectory(), isFile: stats.isFile() };
  } catch (error) {
    const written = await readlink(link).catch(() => '?');
    const reason =
      (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'which is a loop of links' : 'which does not exist';
    return {
      problem: `is a symbolic link to "${written}", ${reason} (point it at an event file inside the repository, or remove it)`,
    };
  }
}

/** Whether a link could have held events: one named like a Markdown file, or without an ending, like a folder. */
const mayBeEvents = (name: string) => MARKDOWN_ENDING.test(name) || !/\.[^.]+$/.test(name);

/** How a file is read: its bytes, so that text that is not UTF-8 can be told from text that is. */
export type ReadBytes = (file: string) => Promise<Uint8Array>;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** One file's text, or why it has none, in an editor's words. */
async function readText(file: string, read: ReadBytes = readFile): Promise<{ text: string } | { problem: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await read(file);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'EACCES' || code === 'EPERM') {
      return { problem: 'cannot be read: permission denied (give your user permission to read it, e.g. chmod a+r)' };
    }
    return { problem: `cannot be read (${code ?? message}; check the file is there and is a file)` };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return {
      problem:
        'is not UTF-8 text (save it as UTF-8: other encodings would show its Chinese, Korean or accented letters wrongly)',
    };
  }
}

/** The text of every file, read many at a time: one after another, thousands of reads mostly wait. */
export async function readAll(
  files: readonly string[],
  read?: ReadBytes,
  atOnce = 64,
): Promise<({ text: string } | { problem: string })[]> {
  const texts: ({ text: string } | { problem: string })[] = [];
  for (let start = 0; start < files.length; start += atOnce) {
    texts.push(...(await Promise.all(files.slice(start, start + atOnce).map((file) => readText(file, read)))));
  }
  return texts;
}
