// The benchmark's yardstick: a bare Astro site that builds the same event files with the built-in glob() loader.
import { defineConfig } from 'astro/config';

export default defineConfig({ markdown: { syntaxHighlight: false } });
