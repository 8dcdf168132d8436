/** Who may write: the bearer token, cross-site writes, host names (DNS rebinding), and body limits. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LIMITS } from '../../src/server/limits.js';
import { forEachBackend, type Fixture } from './fixture.js';

const TOKEN = 'test-token-0123456789abcdef';
type Err = { error: { code: string; message: string } };

const review = (headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ action: 'accept', if_match: 'v1' }),
});

forEachBackend(({ miniApp }) => {
  describe('writes with a token', () => {
    let f: Fixture;
    before(async () => (f = await miniApp({ token: TOKEN })));
    after(() => f.close());

    it('refuses a write without the token with 401, and says how to authenticate', async () => {
      const r = await f.get('/api/review/border-protocol-2024', review());
      assert.equal(r.status, 401);
      assert.match(r.headers.get('www-authenticate') ?? '', /^Bearer/);
      const body = (await r.json()) as Err;
      assert.equal(body.error.code, 'unauthorized');
      assert.match(body.error.message, /Authorization: Bearer/);
    });

    it('refuses a wrong token, and a malformed header', async () => {
      for (const auth of [`Bearer ${TOKEN}x`, 'Bearer short', `Basic ${TOKEN}`, TOKEN]) {
        const r = await f.get('/api/review/border-protocol-2024', review({ authorization: auth }));
        assert.equal(r.status, 401, auth);
      }
    });

    it('lets the right token through to the route (a curated event is not reviewed: 400)', async () => {
      const r = await f.get('/api/review/border-protocol-2024', review({ authorization: `Bearer ${TOKEN}` }));
      assert.equal(r.status, 400);
      assert.match(((await r.json()) as Err).error.message, /curated, not coded/);
      const missing = await f.get('/api/review/no-such-event', review({ authorization: `Bearer ${TOKEN}` }));
      assert.equal(missing.status, 404);
    });

    it('keeps reads open without the token', async () => {
      assert.equal((await f.get('/api/events')).status, 200);
      assert.equal((await f.get('/api/review')).status, 200);
    });
  });

  describe('writes without a token (loopback only)', () => {
    let f: Fixture;
    before(async () => (f = await miniApp()));
    after(() => f.close());

    it('accepts same-origin and loopback-origin writes, refuses other sites with 403', async () => {
      for (const origin of ['http://localhost', 'http://127.0.0.1:5173', 'http://localhost:8787']) {
        const r = await f.get('/api/review/no-such-event', review({ origin }));
        assert.equal(r.status, 404, origin);
      }
      for (const origin of ['https://evil.example', 'null', 'http://localhost.evil.example']) {
        const r = await f.get('/api/review/border-protocol-2024', review({ origin }));
        assert.equal(r.status, 403, origin);
        assert.equal(((await r.json()) as Err).error.code, 'forbidden');
      }
    });

    it('answers only to loopback host names (DNS rebinding)', async () => {
      assert.equal((await f.get('http://127.0.0.1:8787/api/health')).status, 200);
      const r = await f.get('http://attacker.example/api/health');
      assert.equal(r.status, 403);
      assert.match(((await r.json()) as Err).error.message, /attacker\.example/);
    });

    it('refuses bodies over the limit with 413, before reading them whole', async () => {
      const big = 'x'.repeat(LIMITS.bodyBytes + 1);
      const r = await f.get('/api/review/border-protocol-2024', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: big,
      });
      assert.equal(r.status, 413);
      const body = (await r.json()) as Err;
      assert.equal(body.error.code, 'too_large');
      assert.match(body.error.message, new RegExp(String(LIMITS.bodyBytes)));
    });

    it('rejects bodies that are not JSON, or not the right JSON', async () => {
      const cases: Array<[RequestInit, RegExp]> = [
        [
          { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'accept' },
          /Content-Type: application\/json/,
        ],
        [
          { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action": "accept",' },
          /not valid JSON/,
        ],
        [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"action": "approve", "if_match": "v"}',
          },
          /action/,
        ],
        [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action": "accept"}' }, /if_match/],
      ];
      for (const [init, message] of cases) {
        const r = await f.get('/api/review/border-protocol-2024', init);
        assert.equal(r.status, 400, String(init.body));
        assert.match(((await r.json()) as Err).error.message, message);
      }
    });
  });

  describe('a server open to other hosts', () => {
    it('answers any host name when told to', async () => {
      const f = await miniApp({ hosts: 'any', token: TOKEN });
      try {
        assert.equal((await f.get('http://orrery.example.org/api/health')).status, 200);
      } finally {
        await f.close();
      }
    });
  });
});
