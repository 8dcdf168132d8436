/**
 * Conformance cases for the monitoring tables (watched feeds and their items, alert rules and
 * firings): every backend runs them, from sqlite.test.ts and postgres.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedState, type AlertFiring, type AlertRule, type Feed, type FeedItem } from '../../src/model/index.js';
import type { Store } from '../../src/store/store.js';

const feed = (id: string, target = `http://127.0.0.1:9/${id}.xml`): Feed => ({
  id,
  name: `Feed ${id}`,
  kind: 'url',
  target,
  every: 3600,
  public_only: false,
  added: '2026-01-01T00:00:00.000Z',
  state: FeedState.parse({}),
});

const item = (feedId: string, key: string, sha: string, extra: Partial<FeedItem> = {}): FeedItem => ({
  feed: feedId,
  key,
  sha256: sha.repeat(64).slice(0, 64),
  status: 'ingested',
  attempts: 1,
  seen: '2026-01-01T00:00:00.000Z',
  created: [],
  corroborated: [],
  ...extra,
});

export function monitoringConformance(name: string, open: () => Promise<Store>): void {
  test(`${name}: feeds are stored whole, replaced by id and removed with their items`, async () => {
    const s = await open();
    try {
      assert.deepEqual(await s.listFeeds(), []);
      await s.putFeed(feed('b-feed'));
      await s.putFeed(feed('a-feed'));
      assert.deepEqual(
        (await s.listFeeds()).map((f) => f.id),
        ['a-feed', 'b-feed'],
      );
      const changed = {
        ...feed('a-feed'),
        state: FeedState.parse({ etag: '"v2"', last_error: 'HTTP 404', failures: 2 }),
      };
      await s.putFeed(changed);
      assert.deepEqual(await s.getFeed('a-feed'), changed);
      assert.equal(await s.getFeed('nothing'), undefined);

      await s.putFeedItem(item('a-feed', 'http://x/1', 'a'));
      await s.putFeedItem(item('b-feed', 'http://x/1', 'a'));
      assert.equal(await s.deleteFeed('a-feed'), true);
      assert.equal(await s.deleteFeed('a-feed'), false);
      assert.deepEqual(await s.listFeedItems('a-feed'), []);
      assert.equal((await s.listFeedItems('b-feed')).length, 1, "another feed's items are kept");
    } finally {
      await s.close();
    }
  });

  test(`${name}: feed items are found by key, then by the hash of their bytes, within their feed`, async () => {
    const s = await open();
    try {
      await s.putFeed(feed('f'));
      await s.putFeedItem(item('f', 'http://x/1', 'a'));
      await s.putFeedItem(item('f', 'http://x/2', 'b', { status: 'failed', error: 'HTTP 404' }));
      assert.equal((await s.findFeedItem('f', 'http://x/1'))?.key, 'http://x/1');
      assert.equal(await s.findFeedItem('f', 'http://x/3'), undefined);
      const sameBytes = await s.findFeedItem('f', 'http://x/3', 'a'.repeat(64));
      assert.equal(sameBytes?.key, 'http://x/1', 'a new URL with bytes already read is found');
      assert.equal(await s.findFeedItem('other', 'http://x/1', 'a'.repeat(64)), undefined);
      // The key wins over the hash.
      assert.equal((await s.findFeedItem('f', 'http://x/2', 'a'.repeat(64)))?.key, 'http://x/2');
      // Replacing an item, and the feed's state with it, in one write.
      const state = FeedState.parse({ items_seen: 2, items_ingested: 1 });
      await s.putFeedItem(item('f', 'http://x/2', 'c', { attempts: 2 }), { ...feed('f'), state });
      const again = await s.findFeedItem('f', 'http://x/2');
      assert.equal(again?.attempts, 2);
      assert.equal(again?.status, 'ingested');
      assert.equal((await s.getFeed('f'))?.state.items_seen, 2);
      assert.deepEqual(
        (await s.listFeedItems('f')).map((i) => i.key),
        ['http://x/1', 'http://x/2'],
      );
    } finally {
      await s.close();
    }
  });

  test(`${name}: alert rules and firings`, async () => {
    const s = await open();
    try {
      const rule: AlertRule = {
        id: 'aze-rus-below',
        condition: { kind: 'tie', a: 'AZE', b: 'RUS', op: 'below', value: -2 },
        added: '2026-01-01T00:00:00.000Z',
        state: {},
      };
      const other: AlertRule = {
        id: 'arm-events',
        condition: { kind: 'events', actor: 'ARM', types: ['AGREE'] },
        added: '2026-01-01T00:00:00.000Z',
        state: {},
      };
      await s.putAlertRules([rule, other]);
      assert.deepEqual(
        (await s.listAlertRules()).map((r) => r.id),
        ['arm-events', 'aze-rus-below'],
      );
      const fired = (id: string, at: string): AlertFiring => ({
        id,
        rule: 'aze-rus-below',
        fired_at: at,
        message: 'the AZE–RUS tie fell below -2',
        value: -2.5,
        previous: -1,
        evidence: { events: ['e-1'], citations: [{ source: 'src-a', start: 0, end: 5, sha256: 'd'.repeat(64) }] },
      });
      const seen = { ...rule, state: { value: -2.5 } };
      await s.putAlertRules([seen], [fired('f1', '2026-01-02T00:00:00.000Z'), fired('f2', '2026-01-03T00:00:00.000Z')]);
      assert.deepEqual(
        (await s.listAlertRules()).find((r) => r.id === 'aze-rus-below'),
        seen,
      );
      assert.deepEqual(
        (await s.listAlertFirings()).map((f) => f.id),
        ['f2', 'f1'],
      );
      assert.deepEqual(await s.listAlertFirings({ rule: 'arm-events' }), []);
      assert.equal((await s.listAlertFirings({ limit: 1 }))[0]?.id, 'f2');
      assert.deepEqual((await s.listAlertFirings())[1], fired('f1', '2026-01-02T00:00:00.000Z'));
      assert.equal(await s.deleteAlertRule('aze-rus-below'), true);
      assert.equal(await s.deleteAlertRule('aze-rus-below'), false);
      assert.deepEqual(await s.listAlertFirings(), [], "a removed rule's firings go with it");
    } finally {
      await s.close();
    }
  });
}
