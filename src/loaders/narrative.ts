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

/** The scheme a URL starts with (`javascript`), or undefined for a relative one. */
function schemeOf(url: string): string | undefined {
  // Browsers ignore control characters and spaces inside a scheme, so they are removed before looking.
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
}

/**
 * Everything in a rendered narrative that could run code or load from another site, each as a message
 * that tells the editor what to change. An empty list means the narrative is safe as it is.
 */
export function narrativeProblems(html: string): string[] {
  const problems = new Set<string>();
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
          } else if (tag === 'a' && name === 'href' && !isAllowedLink(value)) {
            problems.add(
              `narrative links to "${value}" (links must start with http://, https:// or mailto:, or be relative)`,
            );
          } else if (tag === 'img' && name === 'src' && (schemeOf(value) !== undefined || value.startsWith('//'))) {
            problems.add(
              `narrative loads an image from "${value}" (images must be files of this site, such as /images/map.png: the site requests nothing from other sites)`,
            );
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
  return scheme === undefined ? !url.trim().startsWith('//') : LINK_SCHEMES.includes(scheme);
}

/**
 * The narrative with anything outside the allowlist removed: a second guard behind `narrativeProblems`.
 * Links and images written from the site's root (`/events/…`, `/images/map.png`) are moved under `base`,
 * so a site served from a sub-path (`/timeline/`) keeps them working.
 */
export function sanitizeNarrative(html: string, base = '/'): string {
  const prefix = base.replace(/\/+$/, '');
  const rebase = (url: string | undefined) =>
    prefix && url?.startsWith('/') && !url.startsWith('//') && !url.startsWith(`${prefix}/`) ? `${prefix}${url}` : url;
  const rebased =
    (attribute: 'href' | 'src'): sanitizeHtml.Transformer =>
    (tagName, attribs) => ({
      tagName,
      attribs: attribs[attribute] === undefined ? attribs : { ...attribs, [attribute]: rebase(attribs[attribute])! },
    });
  return sanitizeHtml(html, { ...SANITIZE_OPTIONS, transformTags: { a: rebased('href'), img: rebased('src') } });
}
