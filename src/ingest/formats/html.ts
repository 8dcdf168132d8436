/**
 * HTML documents: the main text found by Mozilla's Readability (the Firefox reader view) on a
 * linkedom DOM, with scripts, styles and navigation dropped; when Readability finds no article (a
 * short page), the body's text without the page furniture. Title, author, site, canonical URL and
 * publication date come from the page's metadata (article:published_time, <time datetime>, ...).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { metadataDate } from './dates.js';
import { domText, tidy, type DomNode } from './html-text.js';
import type { DocumentMeta } from './types.js';

interface Doc {
  title?: string;
  body: DomNode | null;
  documentElement: DomNode;
  querySelector(sel: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): ArrayLike<{ textContent: string | null }>;
}

const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="pubdate"]',
  'meta[property="og:published_time"]',
];

function attr(doc: Doc, selector: string, name = 'content'): string | undefined {
  const v = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return v ? v : undefined;
}

function pageDate(doc: Doc): string | undefined {
  for (const sel of DATE_SELECTORS) {
    const d = metadataDate(attr(doc, sel));
    if (d) return d;
  }
  return metadataDate(attr(doc, 'time[datetime]', 'datetime') ?? attr(doc, '[itemprop="datePublished"]', 'datetime'));
}

function scriptWeight(doc: Doc): { count: number; chars: number } {
  const scripts = doc.querySelectorAll('script, style, noscript');
  let chars = 0;
  for (let i = 0; i < scripts.length; i++) chars += scripts[i]!.textContent?.length ?? 0;
  return { count: scripts.length, chars };
}

/** linkedom gives a page without an <html> root (plain text, a bare fragment) a null or odd root: wrap it in one. */
function parsePage(html: string): Doc {
  const { document } = parseHTML(html) as unknown as { document: Doc & { documentElement: DomNode | null } };
  if (document.documentElement?.nodeName === 'HTML') return document;
  return (parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: Doc }).document;
}

export function readHtml(file: string, html: string): DocumentMeta & { text: string } {
  const warnings: string[] = [];
  const document = parsePage(html);
  const heavy = scriptWeight(document);
  if (heavy.count > 0 && heavy.chars > html.length / 2) {
    warnings.push(
      `${file}: ${heavy.count} scripts and styles (${Math.round((100 * heavy.chars) / html.length)}% of the page) were dropped`,
    );
  }
  const meta = {
    title: attr(document, 'meta[property="og:title"]') ?? (document.title?.trim() || undefined),
    author: attr(document, 'meta[name="author"]'),
    publisher: attr(document, 'meta[property="og:site_name"]'),
    url: attr(document, 'link[rel="canonical"]', 'href') ?? attr(document, 'meta[property="og:url"]'),
    published: pageDate(document),
  };
  // Readability changes the tree it reads: give it its own copy.
  const copy = parsePage(html);
  let body = '';
  try {
    const article = new Readability(copy as never, { serializer: (node: unknown) => node, charThreshold: 200 }).parse();
    if (article?.content) body = domText(article.content as DomNode);
    if (article?.publishedTime && !meta.published) meta.published = metadataDate(article.publishedTime);
  } catch (error) {
    warnings.push(
      `${file}: the reader view failed (${error instanceof Error ? error.message : String(error)}); using the whole page`,
    );
  }
  if (!body) body = domText(document.body ?? document.documentElement);
  const title = meta.title ? tidy(meta.title) : undefined;
  const text = title && body && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { ...meta, title, text, warnings };
}
