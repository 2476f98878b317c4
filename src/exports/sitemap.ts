import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';

/**
 * The sitemap (@astrojs/sitemap), listing only the pages search engines should index: a page whose head
 * asks robots not to index it (the redirect written at each renamed event's old address) is left out, as
 * is anything that is not an HTML page. Build side only.
 */

/** Whether an HTML page's `<meta name="robots">` says `noindex` (or `none`). */
export function asksNotToBeIndexed(html: string): boolean {
  let found = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'meta' || attributes.name?.toLowerCase() !== 'robots') return;
        const directives = (attributes.content ?? '').toLowerCase().split(/[\s,]+/);
        if (directives.includes('noindex') || directives.includes('none')) found = true;
      },
    },
    { decodeEntities: true },
  );
  // The robots meta must be in the head, so the body need not be read.
  const head = html.search(/<\/head\s*>/i);
  parser.end(head === -1 ? html : html.slice(0, head));
  return found;
}

/**
 * The file a page address was built into, in the output folder `outDir`, for a site served under `base`
 * (`/`, or `/timeline/`); `undefined` for an address that is not an HTML page (`/events.json`).
 */
export function builtPage(page: string, outDir: string, base: string): string | undefined {
  const { pathname } = new URL(page);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return undefined;
  const inSite = decodeURIComponent(pathname.slice(prefix.length));
  if (inSite !== '' && !inSite.endsWith('/')) return inSite.endsWith('.html') ? path.join(outDir, inSite) : undefined;
  return path.join(outDir, inSite, 'index.html');
}

/**
 * The sitemap integration, with a companion that learns where the build writes its pages, so the filter
 * can read each page and leave out those that ask not to be indexed. Add only when `site` is configured.
 */
export function indexableSitemap(): AstroIntegration[] {
  let base = '/';
  let outDir: string | undefined;
  const outputFolder: AstroIntegration = {
    name: 'sitemap-output-folder',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      // Runs before the sitemap's own hook, which comes after it in the list.
      'astro:build:done': ({ dir }) => {
        outDir = fileURLToPath(dir);
      },
    },
  };
  const indexable = (page: string) => {
    if (outDir === undefined) throw new Error('indexableSitemap: the output folder is not known yet');
    const file = builtPage(page, outDir, base);
    return file !== undefined && !asksNotToBeIndexed(readFileSync(file, 'utf8'));
  };
  return [outputFolder, sitemap({ filter: indexable })];
}
