/**
 * The monitoring tables (watched feeds and their items, alert rules and what fired), written once
 * for both SQL stores: each record kept whole as JSON beside the columns looked up, read with the
 * shared executor (sql-reads.ts) and written as a list of statements that a store runs in one
 * transaction (`Write`). Upserts use `INSERT ... ON CONFLICT DO UPDATE`, which both backends speak.
 */
import { AlertFiring, AlertRule, Feed, FeedItem } from '../../model/index.js';
import type { Dialect } from './dialect.js';
import type { Read } from './sql-reads.js';

/** One statement of a write; a store runs a list of them in one transaction and returns each one's row count. */
export interface Write {
  sql: string;
  params: unknown[];
}

const read = <T>(sql: string, params: unknown[], map: (rows: unknown[]) => T): Read<T> => ({ sql, params, map });
const jsonOf =
  <T>(d: Dialect, parse: (v: unknown) => T) =>
  (rows: unknown[]) =>
    (rows as Array<{ json: unknown }>).map((r) => parse(d.json(r.json)));

export function listFeeds(d: Dialect): Read<Feed[]> {
  return read(
    'SELECT json FROM feeds ORDER BY id',
    [],
    jsonOf(d, (v) => Feed.parse(v)),
  );
}

export function feedById(d: Dialect, id: string): Read<Feed | undefined> {
  const b = d.binder();
  return read(`SELECT json FROM feeds WHERE id = ${b.value(id)}`, b.params, (rows) => jsonOf(d, Feed.parse)(rows)[0]);
}

export function putFeed(d: Dialect, feed: Feed): Write[] {
  const b = d.binder();
  const json = JSON.stringify(Feed.parse(feed));
  return [
    {
      sql: `INSERT INTO feeds (id, json) VALUES (${b.value(feed.id)}, ${b.value(json)}) ON CONFLICT (id) DO UPDATE SET json = excluded.json`,
      params: b.params,
    },
  ];
}

export function deleteFeed(d: Dialect, id: string): Write[] {
  const items = d.binder();
  const feed = d.binder();
  return [
    { sql: `DELETE FROM feed_items WHERE feed_id = ${items.value(id)}`, params: items.params },
    { sql: `DELETE FROM feeds WHERE id = ${feed.value(id)}`, params: feed.params },
  ];
}

/** The item of a feed with this key, or else (when `sha256` is given) one whose bytes hash to it. */
export function findFeedItem(d: Dialect, feed: string, key: string, sha256?: string): Read<FeedItem | undefined> {
  const b = d.binder();
  const where = `feed_id = ${b.value(feed)} AND (item_key = ${b.value(key)}${sha256 ? ` OR sha256 = ${b.value(sha256)}` : ''})`;
  // The item under this key first, then any with the same bytes.
  const sql = `SELECT json FROM feed_items WHERE ${where} ORDER BY CASE WHEN item_key = ${b.value(key)} THEN 0 ELSE 1 END LIMIT 1`;
  return read(sql, b.params, (rows) => jsonOf(d, FeedItem.parse)(rows)[0]);
}

export function listFeedItems(d: Dialect, feed: string): Read<FeedItem[]> {
  const b = d.binder();
  return read(
    `SELECT json FROM feed_items WHERE feed_id = ${b.value(feed)} ORDER BY item_key`,
    b.params,
    jsonOf(d, FeedItem.parse),
  );
}

export function putFeedItem(d: Dialect, item: FeedItem): Write[] {
  const parsed = FeedItem.parse(item);
  const b = d.binder();
  const values = [parsed.feed, parsed.key, parsed.sha256 ?? null, JSON.stringify(parsed)].map((v) => b.value(v));
  return [
    {
      sql: `INSERT INTO feed_items (feed_id, item_key, sha256, json) VALUES (${values.join(', ')})
        ON CONFLICT (feed_id, item_key) DO UPDATE SET sha256 = excluded.sha256, json = excluded.json`,
      params: b.params,
    },
  ];
}

export function listAlertRules(d: Dialect): Read<AlertRule[]> {
  return read(
    'SELECT json FROM alert_rules ORDER BY id',
    [],
    jsonOf(d, (v) => AlertRule.parse(v)),
  );
}

export function putAlertRules(d: Dialect, rules: AlertRule[]): Write[] {
  return rules.map((rule) => {
    const b = d.binder();
    const json = JSON.stringify(AlertRule.parse(rule));
    return {
      sql: `INSERT INTO alert_rules (id, json) VALUES (${b.value(rule.id)}, ${b.value(json)}) ON CONFLICT (id) DO UPDATE SET json = excluded.json`,
      params: b.params,
    };
  });
}

/** A rule and what it fired. */
export function deleteAlertRule(d: Dialect, id: string): Write[] {
  const f = d.binder();
  const r = d.binder();
  return [
    { sql: `DELETE FROM alert_firings WHERE rule_id = ${f.value(id)}`, params: f.params },
    { sql: `DELETE FROM alert_rules WHERE id = ${r.value(id)}`, params: r.params },
  ];
}

export function putAlertFirings(d: Dialect, firings: AlertFiring[]): Write[] {
  return firings.map((firing) => {
    const parsed = AlertFiring.parse(firing);
    const b = d.binder();
    const values = [parsed.id, parsed.rule, parsed.fired_at, JSON.stringify(parsed)].map((v) => b.value(v));
    return {
      sql: `INSERT INTO alert_firings (id, rule_id, fired_at, json) VALUES (${values.join(', ')})
        ON CONFLICT (id) DO UPDATE SET json = excluded.json`,
      params: b.params,
    };
  });
}

/** Firings, newest first, optionally of one rule only. */
export function listAlertFirings(d: Dialect, filter: { rule?: string; limit?: number } = {}): Read<AlertFiring[]> {
  const b = d.binder();
  const where = filter.rule ? `WHERE rule_id = ${b.value(filter.rule)}` : '';
  const limit = filter.limit ? ` LIMIT ${b.value(Math.floor(filter.limit))}` : '';
  return read(
    `SELECT json FROM alert_firings ${where} ORDER BY fired_at DESC, id DESC${limit}`,
    b.params,
    jsonOf(d, (v) => AlertFiring.parse(v)),
  );
}
