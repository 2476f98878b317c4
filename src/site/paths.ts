/** A site path joined to the configured `base`, so links work when the site is served under a sub-path. */
export function pathWithBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/** The page of one event. */
export const eventPath = (id: string) => pathWithBase(`/events/${id}/`);

/** The page of one person in the registry. */
export const personPath = (id: string) => pathWithBase(`/people/${id}/`);
