import { statSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { closest } from '../text/closest.ts';

/** What a narrative's links to this site may lead to: the pages the build writes and the files in `public/`. */
export interface SiteTargets {
  /** Every event in the folder, by id, and whether it is a draft (whose page a build does not write). */
  events: ReadonlyMap<string, { draft: boolean }>;
  /** Former ids, whose addresses redirect to the renamed event. */
  formerIds: ReadonlySet<string>;
  /** Every person's id in the registry. */
  people: ReadonlySet<string>;
  /** The folder whose files the site serves as they are (`public/`), absolute. */
  publicDir: string;
  /** How `publicDir` is named in messages (`public`). */
  publicLabel: string;
  /** The site's base path (`/`, `/timeline`). */
  base: string;
}

/** Stands for the site's own address while links are resolved; never written anywhere. */
const SITE = 'https://site.invalid';

/**
 * Links and images in an event's narrative that lead to a page or file of this site that does not exist,
 * each as a message: an event page (`/events/<id>/`) of no event, or of a draft when the event is published;
 * a person's page of no one in the registry; an image that is no file in `public/`. Other pages of the site
 * (`/record/`, `/data/`) are not checked. `html` is the rendered narrative, before or after the sanitiser.
 */
export function narrativeLinkProblems(html: string, self: { id: string; draft: boolean }, site: SiteTargets): string[] {
  const problems: string[] = [];
  const prefix = site.base.replace(/\/+$/, '');
  /** A link's path on the site, without the base; undefined for another site's, or for a fragment or mailto:. */
  const sitePath = (url: string): string | undefined => {
    if (/^\s*#/.test(url) || /^[a-z][a-z0-9+.-]*:/i.test(url.trim())) return undefined;
    const resolved = new URL(url.trim(), `${SITE}/events/${self.id}/`);
    if (resolved.origin !== SITE) return undefined;
    const pathname =
      prefix && resolved.pathname.startsWith(`${prefix}/`) ? resolved.pathname.slice(prefix.length) : resolved.pathname;
    try {
      return decodeURIComponent(pathname);
    } catch {
      return pathname;
    }
  };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (tag === 'a' && attributes.href !== undefined) {
          const target = sitePath(attributes.href);
          const problem = target === undefined ? undefined : pageProblem(target, self, site);
          if (problem) problems.push(`narrative links to "${attributes.href}", ${problem}`);
        }
        if (tag === 'img' && attributes.src !== undefined) {
          const target = sitePath(attributes.src);
          if (target !== undefined && !isPublicFile(target, site.publicDir)) {
            problems.push(
              `narrative shows the image "${attributes.src}", which is no file in ${site.publicLabel}/ (put the image at ${site.publicLabel}${target}, or correct the address)`,
            );
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return problems;
}

/** Why a page path of the site (`/events/x/`) will not exist, if it will not; only event and people pages are known. */
function pageProblem(target: string, self: { draft: boolean }, site: SiteTargets): string | undefined {
  const [, section, id, ...rest] = target.split('/');
  const deeper = rest.some((part) => part !== '');
  if (section === 'events') {
    const event = id ? site.events.get(id) : undefined;
    if (id && !deeper && event && (!event.draft || self.draft)) return undefined;
    if (id && !deeper && event) {
      return `the page of a draft, which is not published (link to it once its draft: true is removed)`;
    }
    if (id && !deeper && site.formerIds.has(id)) return undefined;
    const guess = id ? closest(id, [...site.events.keys()]) : undefined;
    return `but no event has the id "${id ?? ''}" (${guess ? `did you mean /events/${guess}/? ` : ''}an event's page is /events/<id>/, its id the name of its file)`;
  }
  if (section === 'people' && id) {
    if (site.people.has(id) && !deeper) return undefined;
    const guess = closest(id, [...site.people]);
    return `but no one in the registry has the id "${id}" (${guess ? `did you mean /people/${guess}/? ` : ''}a person's page is /people/<id>/)`;
  }
  return undefined;
}

/** Whether a site path names a file in `publicDir` (never a path that climbs out of it). */
function isPublicFile(target: string, publicDir: string): boolean {
  const file = path.join(publicDir, target);
  if (path.relative(publicDir, file).startsWith('..')) return false;
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
