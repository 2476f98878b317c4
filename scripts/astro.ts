/**
 * The Astro command line with its telemetry off: every npm script that runs Astro runs it through this file
 * (`node scripts/astro.ts build`). The site requests nothing from any third party, and its build keeps that
 * promise too. Set here rather than as `ASTRO_TELEMETRY_DISABLED=1 astro …` in package.json, which the
 * Windows command shell cannot run. (knip.json names @astrojs/check as used: `astro check` loads it, and knip
 * cannot see that command behind this file.)
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Astro's own launcher, which checks the Node version and reads the command from process.argv as `astro` would.
const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
await import(pathToFileURL(astro).href);
