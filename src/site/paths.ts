/** A site path joined to the configured `base`, so links work when the site is served under a sub-path. */
export function pathWithBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/** The page of one event. */
export const eventPath = (id: string) => pathWithBase(`/events/${id}/`);

/** The page of one person in the registry. */
export const personPath = (id: string) => pathWithBase(`/people/${id}/`);

/**
 * Where absolute links point when the site's address (SITE_URL) is not set, in the formats that need
 * absolute ones (the feed, the calendars): a reserved name that never resolves (RFC 2606), so a build
 * made without it shows at once what is missing rather than pointing at someone else's site.
 */
const PLACEHOLDER_SITE = 'https://site-url-not-set.invalid/';

/** A site path as an absolute address: on the configured site, or on the placeholder without one. */
export const absoluteUrl = (path: string, site: URL | undefined) => new URL(path, site ?? PLACEHOLDER_SITE).href;

/** A site path as exports give it: absolute when the site's address is configured, else the path itself. */
export const publicUrl = (path: string, site: URL | undefined) => (site ? new URL(path, site).href : path);
