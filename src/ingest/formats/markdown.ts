/**
 * Markdown documents: YAML front matter read for title and date, then the Markdown rendered by
 * `marked` and turned into text by the same block-aware walker as HTML, so markup (emphasis, links,
 * tables, raw HTML, scripts) goes and the text stays. Footnote markers ([^1]) are removed and
 * footnote texts kept as paragraphs of their own.
 */
import { marked } from 'marked';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { metadataDate } from './dates.js';
import { domText, type DomNode } from './html-text.js';
import type { DocumentMeta } from './types.js';

const FRONT = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function frontMatter(file: string, src: string, warnings: string[]): { body: string; meta: Record<string, unknown> } {
  const m = FRONT.exec(src);
  if (!m) return { body: src, meta: {} };
  try {
    const meta = parseYaml(m[1] ?? '') as unknown;
    return {
      body: src.slice(m[0].length),
      meta: meta && typeof meta === 'object' ? (meta as Record<string, unknown>) : {},
    };
  } catch (error) {
    warnings.push(
      `${file}: the front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); ignored`,
    );
    return { body: src.slice(m[0].length), meta: {} };
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function readMarkdown(file: string, src: string): DocumentMeta & { text: string } {
  const warnings: string[] = [];
  const { body, meta } = frontMatter(file, src, warnings);
  const prepared = body.replace(/^\[\^([^\]]+)\]:[ \t]*/gm, '\n').replace(/\[\^[^\]]+\]/g, '');
  const html = marked.parse(prepared, { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: { body: DomNode };
  };
  return {
    text: domText(document.body),
    title: str(meta.title),
    author: str(meta.author),
    publisher: str(meta.publisher),
    url: str(meta.url),
    published: metadataDate(meta.published ?? meta.date ?? meta.pubDate),
    warnings,
  };
}
