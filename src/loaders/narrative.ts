import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';

/**
 * What a rendered narrative may contain: what Markdown produces, plus a few harmless text tags an editor
 * may write by hand. One list serves both the build error and the sanitiser, so a narrative that passes
 * the check reaches the page with nothing removed.
 */
const ALLOWED_TAGS = [
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'hr', 'br', 'ul', 'ol', 'li'],
  ...['em', 'strong', 'del', 's', 'ins', 'b', 'i', 'u', 'a', 'img', 'sup', 'sub', 'span', 'section', 'input'],
  ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'abbr', 'kbd', 'mark', 'small', 'q', 'cite'],
  ...['dl', 'dt', 'dd', 'figure', 'figcaption', 'time'],
];
const GLOBAL_ATTRIBUTES = ['id', 'class', 'title', 'lang', 'dir', 'aria-label', 'aria-describedby', 'aria-hidden'];
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  '*': [...GLOBAL_ATTRIBUTES, 'data-footnotes', 'data-footnote-ref', 'data-footnote-backref'],
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  ol: ['start'],
  input: ['type', 'checked', 'disabled'],
  pre: ['data-language', 'tabindex'],
  th: ['style', 'colspan', 'rowspan'],
  td: ['style', 'colspan', 'rowspan'],
  time: ['datetime'],
};
const LINK_SCHEMES = ['http', 'https', 'mailto'];
/** Table cell alignment is the one inline style Markdown writes. */
const ALIGNMENT = /^text-align:\s*(?:left|right|center);?$/;

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: ALLOWED_ATTRIBUTES,
  allowedSchemes: LINK_SCHEMES,
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  allowedStyles: { '*': { 'text-align': [/^(?:left|right|center)$/] } },
};

/**
 * A URL as a browser reads it: without the control characters and spaces around it, without tabs and line
 * breaks inside it, and with backslashes as slashes (so `/\host` and `\\host` are `//host`, another site).
 */
const asBrowsersRead = (url: string) =>
  url
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '')
    .replaceAll('\\', '/');

/** The scheme a URL starts with (`javascript`), or undefined for a relative one. */
function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(asBrowsersRead(url))?.[1]?.toLowerCase();
}

/** Whether a URL leads to another site without a scheme (`//host`, `/\host`, `\\host`). */
const isOtherSite = (url: string) => asBrowsersRead(url).startsWith('//');

/**
 * Changes whenever `sanitizeNarrative` would write different HTML from the same input: the loader keeps
 * rendered narratives between builds by a digest of their input, and this is part of it.
 */
export const SANITIZER_VERSION = 2;

/** The prefix given to every id the narrative sets, so none can equal one of the page's own (`sources`, `cite`). */
const NARRATIVE_ID_PREFIX = 'narrative-';

/**
 * Everything in a rendered narrative that could run code, load from another site, or that a browser would
 * read otherwise than the check did, each as a message that tells the editor what to change. An empty list
 * means the narrative is safe as it is, and the sanitiser will remove nothing from it.
 */
export function narrativeProblems(html: string): string[] {
  const problems = new Set<string>();
  const ids = new Set<string>();
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (!ALLOWED_TAGS.includes(tag)) {
          problems.add(
            `narrative uses <${tag}>, which is not allowed (write Markdown; raw HTML may only use simple text tags such as abbr, sup, sub, kbd)`,
          );
          return;
        }
        const allowed = [...(ALLOWED_ATTRIBUTES['*'] ?? []), ...(ALLOWED_ATTRIBUTES[tag] ?? [])];
        for (const [name, value] of Object.entries(attributes)) {
          if (name.startsWith('on')) {
            problems.add(`narrative gives <${tag}> an ${name} attribute (event handlers are not allowed)`);
          } else if (!allowed.includes(name) || (name === 'style' && !ALIGNMENT.test(value.trim()))) {
            problems.add(`narrative gives <${tag}> a ${name} attribute, which is not allowed`);
          } else if ((name === 'href' || name === 'src') && value.trim() === '') {
            problems.add(
              `narrative has ${tag === 'img' ? 'an image' : 'a link'} with no address (write where it leads, or remove it)`,
            );
          } else if (tag === 'a' && name === 'href' && isOtherSite(value)) {
            problems.add(
              `narrative links to "${value}", which browsers read as another site's address without its scheme (write it in full, starting https://, or start a link to this site with one /)`,
            );
          } else if (tag === 'a' && name === 'href' && !isAllowedLink(value)) {
            problems.add(
              `narrative links to "${value}" (links must start with http://, https:// or mailto:, or be relative)`,
            );
          } else if (tag === 'img' && name === 'src' && (schemeOf(value) !== undefined || isOtherSite(value))) {
            problems.add(
              `narrative loads an image from "${value}" (images must be files of this site, such as /images/map.png: the site requests nothing from other sites)`,
            );
          } else if ((name === 'href' || name === 'src') && /[\s\u0000-\u001F\u007F-\u009F]/u.test(value)) {
            problems.add(
              `narrative ${tag === 'img' ? 'shows an image from' : 'links to'} "${value}", which holds white space or a control character (write a space as %20)`,
            );
          } else if (name === 'id') {
            if (ids.has(value)) {
              problems.add(`narrative gives two elements the id "${value}" (an id names one element: rename one)`);
            }
            ids.add(value);
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return [...problems];
}

function isAllowedLink(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === undefined || LINK_SCHEMES.includes(scheme);
}

/** Every id a narrative sets. */
function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  const parser = new Parser({
    onopentag(_, attributes) {
      if (attributes.id !== undefined) ids.add(attributes.id);
    },
  });
  parser.end(html);
  return ids;
}

/**
 * The narrative with anything outside the allowlist removed: a second guard behind `narrativeProblems`.
 * Links and images written from the site's root (`/events/…`, `/images/map.png`) are moved under `base`,
 * so a site served from a sub-path (`/timeline/`) keeps them working. Every id the narrative sets (heading
 * ids, footnotes) gets `NARRATIVE_ID_PREFIX`, and links to them (`#in-pyongyang`) follow, so a narrative
 * heading "Sources" never gives a second element the id of the page's own Sources section.
 */
export function sanitizeNarrative(html: string, base = '/'): string {
  const prefix = base.replace(/\/+$/, '');
  const rebase = (url: string) =>
    prefix && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(`${prefix}/`) ? `${prefix}${url}` : url;
  const ids = idsIn(html);
  const own = (id: string) => (ids.has(id) ? `${NARRATIVE_ID_PREFIX}${id}` : id);
  // A fragment may be percent-encoded (`#%E5%B9%B3%E5%A3%A4` for a heading 平壤); one naming none of the
  // narrative's ids points at the page's own (`#sources`) and is left alone.
  const ownFragment = (fragment: string) => {
    let id = fragment;
    try {
      id = decodeURIComponent(fragment);
    } catch {}
    return ids.has(id) ? `#${NARRATIVE_ID_PREFIX}${fragment}` : `#${fragment}`;
  };
  const transform: sanitizeHtml.Transformer = (tagName, attribs) => {
    const changed = { ...attribs };
    if (changed.id !== undefined) changed.id = `${NARRATIVE_ID_PREFIX}${changed.id}`;
    if (changed['aria-describedby'] !== undefined) {
      changed['aria-describedby'] = changed['aria-describedby'].split(/\s+/).map(own).join(' ');
    }
    if (tagName === 'a' && changed.href !== undefined) {
      changed.href = changed.href.startsWith('#') ? ownFragment(changed.href.slice(1)) : rebase(changed.href);
    }
    if (tagName === 'img' && changed.src !== undefined) changed.src = rebase(changed.src);
    return { tagName, attribs: changed };
  };
  return sanitizeHtml(html, { ...SANITIZE_OPTIONS, transformTags: { '*': transform } });
}
