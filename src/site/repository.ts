import { readFileSync } from 'node:fs';

type PackageJson = { repository?: string | { url?: string } };
let ownPackageJson: PackageJson | undefined;
/** The site's package.json, read once: every event page asks. */
const readOwnPackageJson = (): PackageJson => (ownPackageJson ??= JSON.parse(readFileSync('package.json', 'utf8')));

/**
 * The repository the site is edited in, as `https://github.com/owner/name`: from package.json's
 * `repository`, or on GitHub Actions from the repository being built. Undefined when neither says, and
 * then no page offers to edit a file or open an issue.
 */
export function repositoryUrl(
  packageJson: PackageJson = readOwnPackageJson(),
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const written = typeof packageJson.repository === 'string' ? packageJson.repository : packageJson.repository?.url;
  if (written) {
    // npm's forms: `github:owner/name`, `owner/name`, `git+https://github.com/owner/name.git`.
    const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(written);
    if (shorthand) return `https://github.com/${shorthand[1]}`;
    return written
      .replace(/^git\+/, '')
      .replace(/^git:\/\//, 'https://')
      .replace(/\.git$/, '');
  }
  if (env.GITHUB_REPOSITORY) return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}`;
  return undefined;
}

/** Where an editor can suggest a change to one file, and where a reader can report an error about an event. */
export function correctionLinks(
  repository: string,
  event: { id: string; title: string; filePath: string },
  branch = 'main',
): { edit: string; issue: string } {
  const issue = new URL(`${repository}/issues/new`);
  issue.searchParams.set('title', `Error in “${event.title}”`);
  issue.searchParams.set(
    'body',
    `Event: ${event.id}\nFile: ${event.filePath}\n\nWhat is wrong, and the source that shows it:\n`,
  );
  return { edit: `${repository}/edit/${branch}/${event.filePath}`, issue: issue.href };
}

/** A commit's page in the repository. */
export const commitUrl = (repository: string, hash: string) => `${repository}/commit/${hash}`;

/** A file as it was at one commit: a permanent address for that version of it. */
export const fileAtCommitUrl = (repository: string, hash: string, filePath: string) =>
  `${repository}/blob/${hash}/${filePath}`;
