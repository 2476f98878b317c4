import { Parser } from 'htmlparser2';
import { foldText } from '../../text/fold.ts';
import { isMasthead } from './outlets.ts';

/**
 * A saved news report read into its parts: what the importer needs, with the page's furniture (menus,
 * "trending" lists, author boxes) left out. Works on HTML saved by a browser, on Markdown, and on plain text
 * copied from a page, where the parts are told apart by shape alone.
 */
export interface Article {
  format: 'html' | 'markdown' | 'text';
  /** The report's headline, when one can be told apart. */
  headline: string | undefined;
  /** The story's paragraphs, in order. */
  paragraphs: string[];
  /** Prose between the headline and the story (a standfirst, a caption). */
  standfirst: string[];
  /** Short lines from the top of the page to the end of the story: bylines, datelines, credits. */
  header: string[];
  /** Facts the page states about itself in its markup (HTML only): name, address, dates. */
  meta: PageMeta;
}

/** What a page's `<meta>`, `<link>`, `<title>` and JSON-LD say about it. */
interface PageMeta {
  title?: string;
  siteName?: string;
  url?: string;
  /** As written: an ISO timestamp or date. */
  published?: string;
}

type Block = { text: string; tag?: string };

/** Reads a saved report; `name` (the file's name) helps tell the format. */
export function readArticle(source: string, name = ''): Article {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const format = formatOf(text, name);
  const { blocks, meta } =
    format === 'html'
      ? readHtml(text)
      : { blocks: format === 'markdown' ? markdownBlocks(text) : textBlocks(text), meta: {} };
  return shape(blocks, format, meta);
}

function formatOf(text: string, name: string): Article['format'] {
  if (/\.html?$/i.test(name) || /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text)) return 'html';
  if (/\.(?:md|markdown)$/i.test(name)) return 'markdown';
  const tags = text.match(/<\/?(?:p|div|span|a|h[1-6]|article|section|br)\b[^>]*>/gi) ?? [];
  return tags.length >= 5 ? 'html' : 'text';
}

const clean = (text: string) =>
  text
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' ')
    .replace(/^\s*(?:[•·▪◦]|[-*](?=\s))\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Plain text: one block per line, except that hard-wrapped paragraphs (lines of similar length that do not end a sentence) are joined again. */
function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  // Some saved copies open with the page's date as a stamp ("date 2019-06-20 Headline…"): a line of its own.
  const stamped = text.replace(/^\s*(date \d{4}-\d{2}-\d{2})\s+/, '$1\n\n');
  for (const chunk of stamped.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map(clean).filter(Boolean);
    const wrapped =
      lines.length > 2 && lines.slice(0, -1).every((line) => line.length >= 50 && !/[.!?:"”’)]$/.test(line));
    if (wrapped) blocks.push({ text: lines.join(' ') });
    else blocks.push(...lines.map((line) => ({ text: line })));
  }
  return blocks;
}

/** Markdown: headings keep their level, inline syntax is dropped, paragraphs are joined across lines. */
function markdownBlocks(text: string): Block[] {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ text: clean(inlineMarkdown(paragraph.join(' '))) });
    paragraph = [];
  };
  for (const line of body.split('\n')) {
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ text: clean(inlineMarkdown(heading[2]!)), tag: `h${heading[1]!.length}` });
    } else if (/^\s*$/.test(line) || /^\s*(?:[-*_]\s*){3,}$/.test(line)) {
      flush();
    } else if (/^\s*(?:[-*+]|\d+\.)\s+/.test(line)) {
      flush();
      paragraph.push(line.replace(/^\s*(?:[-*+]|\d+\.)\s+/, ''));
      flush();
    } else {
      paragraph.push(line.replace(/^\s*>\s?/, ''));
    }
  }
  flush();
  return blocks.filter((block) => block.text);
}

const inlineMarkdown = (text: string) =>
  text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2');

/** Elements whose text is never the story. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'form', 'button']);
SKIPPED.add('select').add('iframe').add('head');
/** Elements that start a new block of text. */
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'div', 'section', 'article']);
['td', 'th', 'dd', 'dt', 'figcaption', 'header', 'main', 'pre', 'tr', 'ul', 'ol', 'time', 'br'].forEach((tag) =>
  BLOCK.add(tag),
);

/** HTML: text by block element, outside menus, scripts and footers; and what the head says of the page. */
function readHtml(html: string): { blocks: Block[]; meta: PageMeta } {
  const blocks: Block[] = [];
  const meta: PageMeta = {};
  let skipping = 0;
  let current = '';
  let currentTag: string | undefined;
  let title = '';
  let inTitle = false;
  let jsonLd: string | undefined;
  const flush = () => {
    const text = clean(current);
    if (text) blocks.push({ text, ...(currentTag ? { tag: currentTag } : {}) });
    current = '';
    currentTag = undefined;
  };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (tag === 'title') inTitle = true;
        if (tag === 'meta') readMeta(attributes, meta);
        if (tag === 'link' && /\bcanonical\b/i.test(attributes.rel ?? '') && attributes.href) {
          meta.url ??= attributes.href;
        }
        if (tag === 'script' && /ld\+json/i.test(attributes.type ?? '')) jsonLd = '';
        if (tag === 'time' && attributes.datetime && skipping === 0) meta.published ??= attributes.datetime;
        if (SKIPPED.has(tag)) skipping++;
        if (BLOCK.has(tag) && skipping === 0) {
          flush();
          if (/^h[1-6]$/.test(tag)) currentTag = tag;
        }
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (jsonLd !== undefined) jsonLd += text;
        else if (skipping === 0) current += text;
      },
      onclosetag(tag) {
        if (tag === 'title') inTitle = false;
        if (tag === 'script' && jsonLd !== undefined) {
          readJsonLd(jsonLd, meta);
          jsonLd = undefined;
        }
        if (BLOCK.has(tag) && skipping === 0) flush();
        if (SKIPPED.has(tag)) skipping = Math.max(0, skipping - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  if (clean(title)) meta.title ??= clean(title);
  return { blocks, meta };
}

function readMeta(attributes: Record<string, string>, meta: PageMeta) {
  const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
  const content = clean(attributes.content ?? '');
  if (!content) return;
  if (key === 'og:title' || key === 'twitter:title') meta.title ??= content;
  if (key === 'og:site_name' || key === 'application-name') meta.siteName ??= content;
  if (key === 'og:url') meta.url ??= content;
  if (['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date'].includes(key)) {
    meta.published ??= content;
  }
}

function readJsonLd(text: string, meta: PageMeta) {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  const items = (Array.isArray(data) ? data : [data]).flatMap((item) =>
    item && typeof item === 'object' && Array.isArray((item as { '@graph'?: unknown })['@graph'])
      ? ((item as { '@graph': unknown[] })['@graph'] as unknown[])
      : [item],
  );
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    if (typeof record.datePublished === 'string') meta.published ??= record.datePublished;
    if (typeof record.headline === 'string') meta.title ??= clean(record.headline);
    const publisher = record.publisher as Record<string, unknown> | undefined;
    if (publisher && typeof publisher.name === 'string') meta.siteName ??= clean(publisher.name);
  }
}

const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Words in a block; Chinese is written without spaces, so two of its characters count as a word. */
const wordsIn = (text: string) =>
  text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word.replace(CJK, ''))).length +
  Math.ceil((text.match(CJK)?.length ?? 0) / 2);

/** Whether a block reads as a paragraph of a story: eight words or more, ending a sentence. */
function isProse(text: string): boolean {
  return wordsIn(text) >= 8 && !/(?:\.\.\.|…)$/.test(text) && /[.!?。！？]["”’')\]」』）]*$/.test(text);
}

/** Lines that are page furniture whatever their length. */
const FURNITURE =
  /^(?:connect with us|left menu|skip to (?:main )?content|go to contents|menu|search|share(?: with \w+)?|advertisement|advertise here|subscribe.*|sign in|log in|read more|continue reading|related.*|trending|recent news|latest news|home|you are here|[•·\s]*link copied|photo\s*:.*|news today|단신뉴스|세계국제부|국제|中國要聞|中國|한국어|\(끝\))$/i;

/** A line naming a site (`UrduPoint.com`, `KCNA KCNA.kp (En)`): a masthead or credit, never a headline. */
const SITE_NAME = /\b[\w-]+\.(?:kp|com|cn|kr|org|net|co|jp|tw|hk|sg|tr|uk)\b/i;

/** A line that is a date (or a date and little else), as bylines and crawl stamps are. */
const DATED_LINE =
  /\b(?:19|20)\d{2}\s*[-./年년]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b[^\n]{0,12}\b(?:19|20)\d{2}(?!\d)|^date\b/i;

/** Splits blocks into header, headline, standfirst and story. */
function shape(blocks: Block[], format: Article['format'], meta: PageMeta): Article {
  const runs: { start: number; end: number; words: number }[] = [];
  blocks.forEach((block, index) => {
    if (!isProse(block.text)) return;
    const last = runs.at(-1);
    if (last && last.end === index - 1) {
      last.end = index;
      last.words += wordsIn(block.text);
    } else {
      runs.push({ start: index, end: index, words: wordsIn(block.text) });
    }
  });
  const story = runs.reduce<(typeof runs)[number] | undefined>(
    (best, run) => (!best || run.words > best.words ? run : best),
    undefined,
  );
  if (!story) {
    return {
      format,
      headline: meta.title,
      paragraphs: [],
      standfirst: [],
      header: blocks.map((b) => b.text),
      meta,
    };
  }
  let before = blocks.slice(0, story.start);
  let headlineIndex = headlineOf(before, format, meta);
  if (headlineIndex === undefined && format !== 'html') {
    // Some saved pages put the story first and the headline and date after it ("(끝)", then the headline).
    const after = blocks.slice(story.end + 1).filter((block) => !isProse(block.text));
    const trailing = headlineOf(after, format, meta);
    if (trailing !== undefined) {
      before = [...before, ...after];
      headlineIndex = before.length - after.length + trailing;
    }
  }
  const found = headlineIndex === undefined ? meta.title : before[headlineIndex]!.text;
  const headline = found ? stripSiteName(found, meta.siteName) : undefined;
  const isHeadline = (text: string) => headline !== undefined && foldText(text) === foldText(headline);
  const standfirst = before
    .slice(headlineIndex === undefined ? 0 : headlineIndex + 1)
    .map((block) => block.text)
    .filter((text) => isProse(text) && !isHeadline(text));
  const header = before
    .map((block) => block.text)
    .filter((text) => !isProse(text) && !isHeadline(text) && !FURNITURE.test(text));
  return {
    format,
    headline,
    paragraphs: blocks.slice(story.start, story.end + 1).map((block) => block.text),
    standfirst,
    header,
    meta,
  };
}

/** "Headline - Site" or "Headline | Site" as page titles often are: the headline alone. */
function stripSiteName(title: string, siteName: string | undefined): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts.at(-1)!;
  // Only a site's name goes: "… - Reports" or "… – Kim Jong-Il Meeting Today" are the headline's own words.
  if ((siteName && foldText(last) === foldText(siteName)) || isMasthead(last)) return parts.slice(0, -1).join(' - ');
  return title;
}

/**
 * Which of the blocks before the story is the headline: an HTML or Markdown `h1`; else a line the page
 * repeats (pages show the headline above and below the picture); else the first line shaped like one.
 */
function headlineOf(before: Block[], format: Article['format'], meta: PageMeta): number | undefined {
  const h1 = before.findIndex((block) => block.tag === 'h1');
  if (h1 !== -1) return h1;
  if (format === 'html' && meta.title) {
    const title = foldText(meta.title);
    const match = before.findIndex((block) => /^h[1-3]$/.test(block.tag ?? '') && title.includes(foldText(block.text)));
    if (match !== -1) return match;
  }
  const shaped = (text: string) =>
    wordsIn(text) >= 3 &&
    wordsIn(text) <= 25 &&
    (!/[.:;,]$/.test(text) || /(?:\.\.\.|…)$/.test(text)) &&
    !/\||©|ⓒ|@|https?:\/\/|^\[.*\]$|all rights reserved|편집|번역|특파원|简体版|繁體版|簡體版/i.test(text) &&
    !/^\W*(?:by|source|published|updated|posted|date|입력|来源|來源|编辑|編輯|责任编辑)\b/i.test(text) &&
    !FURNITURE.test(text) &&
    !SITE_NAME.test(text) &&
    !DATED_LINE.test(text) &&
    !isMasthead(text) &&
    (/\p{Lu}/u.test(text) || /[\p{Script=Han}\p{Script=Hangul}]/u.test(text));
  const counts = new Map<string, number>();
  for (const block of before) counts.set(block.text, (counts.get(block.text) ?? 0) + 1);
  const repeated = before.findIndex((block) => shaped(block.text) && counts.get(block.text)! > 1);
  if (repeated !== -1) return repeated;
  if (format === 'html') return undefined;
  const first = before.findIndex((block) => shaped(block.text) && !isProse(block.text));
  return first === -1 ? undefined : first;
}
