import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Reading a folder's history from git at build time: one `git log` over the whole folder (as Starlight
 * reads its last-updated dates), never one process per file. Node only.
 */

/** What happened to one file in one commit. */
interface FileChange {
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';
  /** The file's path after the commit, relative to the folder read. */
  path: string;
  /** For a rename or a copy: the path before. */
  from?: string | undefined;
}

/** One commit that touched the folder. */
export interface Commit {
  hash: string;
  /** The commit's day in UTC (`YYYY-MM-DD`), so every build machine writes the same day. */
  day: string;
  /** The first line of its message. */
  subject: string;
  changes: FileChange[];
}

/** A folder's history, newest commit first; or why it cannot be read, in one sentence for the build log. */
export type GitHistory = { commits: Commit[] } | { unavailable: string };

// Fields of a commit's header and commits themselves are separated by ASCII separators no message holds.
const RECORD = '\x1e';
const FIELD = '\x1f';
const FORMAT = `${RECORD}%H${FIELD}%ct${FIELD}%s`;

const STATUS: Record<string, FileChange['status']> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
};

/** A commit time (seconds since the epoch) as its UTC calendar day. */
const utcDay = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/**
 * Parses `git log -z --name-status --format=<FORMAT>`: each commit is a header (hash, time, subject)
 * ended by a NUL, then NUL-separated status and path fields; renames and copies carry two paths.
 */
export function parseGitLog(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of output.split(RECORD)) {
    if (record === '') continue;
    const headerEnd = record.indexOf('\0');
    const header = headerEnd === -1 ? record : record.slice(0, headerEnd);
    const [hash = '', time = '', subject = ''] = header.split(FIELD);
    const fields = headerEnd === -1 ? [] : record.slice(headerEnd + 1).split('\0');
    const changes: FileChange[] = [];
    for (let index = 0; index < fields.length; index++) {
      const code = fields[index]!.trim();
      if (code === '') continue;
      const status = STATUS[code[0]!];
      if (!status) continue;
      if (status === 'renamed' || status === 'copied') {
        changes.push({ status, from: fields[index + 1]!, path: fields[index + 2]! });
        index += 2;
      } else {
        changes.push({ status, path: fields[index + 1]! });
        index += 1;
      }
    }
    // A merge shows no files of its own: the commits it brings in are listed themselves.
    if (changes.length > 0) commits.push({ hash, day: utcDay(Number(time)), subject, changes });
  }
  return commits;
}

const run = promisify(execFile);

/** Runs git in `dir`; its output, or the error it failed with. */
async function git(dir: string, args: readonly string[]) {
  return run('git', ['-c', 'core.quotepath=off', '-c', 'log.showSignature=false', ...args], {
    cwd: dir,
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
}

/**
 * Every commit that touched a file in `dir`, newest first, with paths relative to `dir` and renames
 * followed (`-M`). Unavailable, with the reason, when git is missing, `dir` is not in a repository, or
 * the clone is shallow: a shallow clone's oldest commit seems to add every file, which would be false.
 */
export async function readGitHistory(dir: string): Promise<GitHistory> {
  let shallow: string;
  try {
    shallow = (await git(dir, ['rev-parse', '--is-shallow-repository'])).stdout.trim();
  } catch (error) {
    const { code, stderr = '' } = error as { code?: string; stderr?: string };
    if (code === 'ENOENT') return { unavailable: 'git is not installed, or the folder does not exist' };
    if (/not a git repository/i.test(stderr)) return { unavailable: 'the folder is not in a git repository' };
    return { unavailable: `git could not read it (${stderr.trim().split('\n')[0] || String(error)})` };
  }
  if (shallow === 'true') {
    return { unavailable: 'the repository is a shallow clone (fetch its whole history: git fetch --unshallow)' };
  }
  try {
    const { stdout } = await git(dir, [
      'log',
      '-z',
      '-M',
      '--name-status',
      '--relative',
      '--no-color',
      `--format=${FORMAT}`,
      '--',
      '.',
    ]);
    return { commits: parseGitLog(stdout) };
  } catch (error) {
    const { stderr = '' } = error as { stderr?: string };
    // A repository with no commit yet has no history, which is not an error.
    if (/does not have any commits/i.test(stderr)) return { commits: [] };
    return { unavailable: `git log failed (${stderr.trim().split('\n')[0] || String(error)})` };
  }
}
