/**
 * Reading a syndication feed (RSS 2.0, RSS 1.0/RDF, Atom) into its items: each item's link, title and
 * publication date (YYYY-MM-DD in UTC, absent when the item gives none or one that cannot be read).
 * Parsed with fast-xml-parser after its validator, so invalid XML is refused with its line and column.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface FeedEntry {
  /** Absolute URL of the item's page. */
  url: string;
  title?: string;
  published?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom';
  title?: string;
  entries: FeedEntry[];
  /** Items left out (no link), said in words. */
  warnings: string[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Feeds carry HTML in their descriptions; no entity expansion beyond XML's own is needed for links and dates.
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

type Node = Record<string, unknown>;

const text = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (v && typeof v === 'object') return text((v as Node)['#text']);
  return undefined;
};

/** A feed's date (RFC 822 or ISO 8601) as YYYY-MM-DD in UTC. */
export function feedDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})$/.exec(raw.trim());
  if (iso) return iso[1];
  const t = Date.parse(raw.trim());
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  if (d.getUTCFullYear() < 1900 || d.getUTCFullYear() > 2999) return undefined;
  return d.toISOString().slice(0, 10);
}

const absolute = (href: string | undefined, base: string): string | undefined => {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
};

function atomLink(links: unknown): string | undefined {
  const list = (Array.isArray(links) ? links : [links]) as Array<Node | string | undefined>;
  const hrefOf = (l: Node | string | undefined): string | undefined =>
    typeof l === 'string' ? l : (l?.['@_href'] as string | undefined);
  const alternate = list.find((l) => typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate'));
  return hrefOf(alternate ?? list[0]);
}

/** True when the bytes look like a feed's XML (an <rss>, <feed> or <rdf:RDF> root near the start). */
export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 4096));
}

/** The items of a feed; an Error naming the problem when it is not valid XML or not a feed. */
export function parseFeed(xml: string, base: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new Error(`invalid XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  const doc = parser.parse(xml) as Node;
  const warnings: string[] = [];
  const entries: FeedEntry[] = [];
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) as Node | undefined) ?? {};
    const items = ((channel.item ?? rdf?.item ?? []) as Node[]) ?? [];
    for (const [i, item] of items.entries()) {
      const guid = item.guid as Node | string | undefined;
      const permalink =
        typeof guid === 'object' && guid['@_isPermaLink'] !== 'false'
          ? text(guid)
          : typeof guid === 'string'
            ? guid
            : undefined;
      const url = absolute(text(item.link) ?? permalink, base);
      const title = text(item.title);
      if (!url) {
        warnings.push(`item ${i + 1}${title ? ` ("${title}")` : ''} has no link: left out`);
        continue;
      }
      const published = feedDate(text(item.pubDate) ?? text(item['dc:date']));
      entries.push({ url, ...(title ? { title } : {}), ...(published ? { published } : {}) });
    }
    return { format: 'rss', title: text(channel.title), entries, warnings };
  }
  if (atom) {
    for (const [i, entry] of ((atom.entry ?? []) as Node[]).entries()) {
      const url = absolute(atomLink(entry.link), base);
      const title = text(entry.title);
      if (!url) {
        warnings.push(`entry ${i + 1}${title ? ` ("${title}")` : ''} has no link: left out`);
        continue;
      }
      const published = feedDate(text(entry.published) ?? text(entry.updated));
      entries.push({ url, ...(title ? { title } : {}), ...(published ? { published } : {}) });
    }
    return { format: 'atom', title: text(atom.title), entries, warnings };
  }
  throw new Error(
    `not a feed: the XML's root is <${Object.keys(doc).find((k) => !k.startsWith('?')) ?? 'nothing'}>, not <rss> or <feed>`,
  );
}
