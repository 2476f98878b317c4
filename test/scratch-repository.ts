import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * A git repository made by a test in a temporary folder, with commits at chosen times by a made-up
 * author, whatever the machine's own git configuration; so history tests never depend on how this
 * project was cloned (CI may clone it shallow).
 */
export class ScratchRepository {
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** A new, empty repository on branch `main`. */
  static async create(prefix = 'scratch-repo-'): Promise<ScratchRepository> {
    const repository = new ScratchRepository(await mkdtemp(path.join(tmpdir(), prefix)));
    await repository.git(['init', '-q', '-b', 'main']);
    return repository;
  }

  /** Runs git in the repository, or in `cwd`, as the made-up author; its standard output. */
  async git(args: readonly string[], { at, cwd }: { at?: string; cwd?: string } = {}): Promise<string> {
    const when = at ? { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at } : {};
    const { stdout } = await promisify(execFile)('git', args, {
      cwd: cwd ?? this.dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Editor',
        GIT_AUTHOR_EMAIL: 'editor@example.org',
        GIT_COMMITTER_NAME: 'Editor',
        GIT_COMMITTER_EMAIL: 'editor@example.org',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        ...when,
      },
    });
    return stdout;
  }

  /** Writes files (path in the repository → text), creating folders. */
  async write(files: Record<string, string>): Promise<void> {
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(this.dir, name)), { recursive: true });
      await writeFile(path.join(this.dir, name), text);
    }
  }

  /** Removes a file. */
  remove(name: string): Promise<void> {
    return rm(path.join(this.dir, name));
  }

  /** Stages everything and commits it at `at` (an ISO date-time with its offset); the new commit's hash. */
  async commit(message: string, at: string): Promise<string> {
    await this.git(['add', '-A']);
    await this.git(['commit', '-q', '-m', message], { at });
    return (await this.git(['rev-parse', 'HEAD'])).trim();
  }

  /** A shallow clone of the repository, one commit deep, in a new folder. */
  async shallowClone(): Promise<string> {
    const target = await mkdtemp(path.join(tmpdir(), 'scratch-shallow-'));
    await this.git(['clone', '-q', '--depth', '1', `file://${this.dir}`, target]);
    return target;
  }
}
