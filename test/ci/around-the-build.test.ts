import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CORE_SCHEMA, load } from 'js-yaml';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFile(path.join(root, file), 'utf8');

/** Runs a command in the project folder, with `env` over a copy of this process's environment. */
function run(args: string[], env: Record<string, string | undefined> = {}) {
  const merged = { ...process.env, ...env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete merged[name];
  return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: merged });
}

describe("Astro's telemetry", () => {
  it('is off in every npm script that runs Astro: each goes through scripts/astro.ts', async () => {
    const { scripts } = JSON.parse(await read('package.json')) as { scripts: Record<string, string> };
    const runsAstro = Object.entries(scripts).filter(([, command]) =>
      /(^|&&\s*|\s)astro\b|scripts\/astro\.ts/.test(command),
    );
    assert.deepEqual(
      runsAstro.map(([name]) => name),
      ['dev', 'build', 'preview', 'start', 'check'],
    );
    for (const [name, command] of runsAstro) {
      for (const step of command.split('&&').map((part) => part.trim())) {
        if (/\bastro\b/.test(step)) assert.match(step, /^node scripts\/astro\.ts \w+/, `${name}: ${step}`);
      }
    }
  });

  it('stays off with scripts/astro.ts on a machine Astro has never run on, and nothing is written about it', async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'astro-home-'));
    // A fresh home and config folder, and not CI (where Astro keeps quiet anyway): its first-run notice would show.
    const fresh = {
      HOME: home,
      XDG_CONFIG_HOME: home,
      APPDATA: home,
      CI: undefined,
      ASTRO_TELEMETRY_DISABLED: undefined,
    };
    const bare = run(['node_modules/astro/bin/astro.mjs', 'preview', '--help'], fresh);
    assert.match(bare.stdout, /Astro collects anonymous usage data/, 'without the wrapper Astro announces telemetry');
    const home2 = await mkdtemp(path.join(tmpdir(), 'astro-home-'));
    const wrapped = run(['scripts/astro.ts', 'preview', '--help'], {
      ...fresh,
      HOME: home2,
      XDG_CONFIG_HOME: home2,
      APPDATA: home2,
    });
    assert.equal(wrapped.status, 0, wrapped.stderr);
    assert.match(wrapped.stdout, /astro preview \[command\]/);
    assert.doesNotMatch(wrapped.stdout + wrapped.stderr, /telemetry|usage data/i);
    assert.equal(spawnSync('find', [home2, '-type', 'f'], { encoding: 'utf8' }).stdout, '');
  });

  it('is off in every step of the deploy workflow, withastro/action’s build included', async () => {
    const workflow = load(await read('.github/workflows/deploy.yml'), { schema: CORE_SCHEMA }) as {
      env?: Record<string, unknown>;
    };
    assert.equal(workflow.env?.['ASTRO_TELEMETRY_DISABLED'], '1');
  });
});

describe('installing on a Node that is too old', () => {
  it('is refused by npm, since .npmrc makes the engines field binding', async () => {
    const npmrc = (await read('.npmrc')).split('\n').filter((line) => !line.startsWith('#') && line.trim());
    assert.deepEqual(npmrc, ['engine-strict=true']);
    const { engines } = JSON.parse(await read('package.json')) as { engines: { node: string } };
    assert.equal(engines.node, '>=22.12.0');
  });
});

describe('the end-to-end suite’s server port', () => {
  /** The port and server settings Playwright's config gives with this environment. */
  function config(env: Record<string, string | undefined>) {
    const script = `const { PORT, default: config } = await import('./playwright.config.ts');
      console.log(JSON.stringify({ PORT, env: process.env.E2E_PORT, webServer: config.webServer }));`;
    const child = run(['--input-type=module', '-e', script], env);
    assert.equal(child.status, 0, child.stderr);
    return JSON.parse(child.stdout) as {
      PORT: number;
      env: string;
      webServer: { command: string; url: string; reuseExistingServer: boolean };
    };
  }

  it('is a free one when E2E_PORT is not set, kept for the workers, and never an existing server', async () => {
    // Hold the default port, as `npm start` would: the suite must not need it, nor talk to whoever has it.
    const held = createServer();
    await new Promise<void>((resolve) => held.listen(4321, '127.0.0.1', resolve).on('error', () => resolve()));
    try {
      const chosen = config({ E2E_PORT: undefined });
      assert.notEqual(chosen.PORT, 4321);
      assert.equal(chosen.env, String(chosen.PORT), 'left in the environment for the workers');
      assert.equal(chosen.webServer.url, `http://127.0.0.1:${chosen.PORT}`);
      assert.match(chosen.webServer.command, new RegExp(`--port ${chosen.PORT} --ignore-lock$`));
      assert.equal(chosen.webServer.reuseExistingServer, false);
      // The port was free: this process can listen on it.
      const probe = createServer();
      await new Promise<void>((resolve, reject) => probe.listen(chosen.PORT, '127.0.0.1', resolve).on('error', reject));
      await new Promise((resolve) => probe.close(resolve));
    } finally {
      await new Promise((resolve) => held.close(resolve));
    }
  });

  it('is E2E_PORT when set', () => {
    const chosen = config({ E2E_PORT: '4999' });
    assert.equal(chosen.PORT, 4999);
    assert.equal(chosen.webServer.url, 'http://127.0.0.1:4999');
    assert.equal(chosen.webServer.reuseExistingServer, false);
  });
});
