/** The web app at /: its files, index.html for the app's own routes, a page saying it is not built yet. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { forEachBackend, type Fixture } from './fixture.js';

forEachBackend(({ miniApp }) => {
  describe('web app serving', () => {
    let root: string;
    let web: string;
    let f: Fixture;
    before(async () => {
      root = mkdtempSync(join(tmpdir(), 'orrery-web-'));
      web = join(root, 'dist');
      mkdirSync(join(web, 'assets'), { recursive: true });
      writeFileSync(join(root, 'secret.txt'), 'not for the web');
      writeFileSync(
        join(web, 'index.html'),
        '<!doctype html><title>Orrery app</title><script type="module" src="/assets/app.js"></script>',
      );
      writeFileSync(join(web, 'assets', 'app.js'), 'console.log("app");');
      f = await miniApp({ webDir: web });
    });
    after(async () => {
      await f.close();
      rmSync(root, { recursive: true, force: true });
    });

    it('serves index.html at / with a strict content security policy', async () => {
      const r = await f.get('/');
      assert.equal(r.status, 200);
      assert.match(r.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await r.text(), /Orrery app/);
      assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      assert.equal(r.headers.get('x-frame-options'), 'DENY');
    });

    it('serves assets with their types, and index.html for client routes', async () => {
      const js = await f.get('/assets/app.js');
      assert.equal(js.status, 200);
      assert.match(js.headers.get('content-type') ?? '', /javascript/);
      for (const path of ['/timeline', '/map?at=2025-01-01&planned=1', '/sources/web-2023']) {
        const r = await f.get(path);
        assert.equal(r.status, 200, path);
        assert.match(await r.text(), /Orrery app/, path);
      }
      assert.equal((await f.get('/assets/missing.js')).status, 404);
      for (const path of [
        '/../secret.txt',
        '/%2e%2e/secret.txt',
        '/assets/..%2f..%2fsecret.txt',
        '/assets/%2e%2e/%2e%2e/secret.txt',
      ]) {
        const r = await f.get(path);
        assert.ok(!(await r.text()).includes('not for the web'), `no way out of the web directory: ${path}`);
      }
    });

    it('keeps unknown API paths as JSON 404s', async () => {
      const r = await f.get('/api/nothing-here');
      assert.equal(r.status, 404);
      const body = (await r.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'not_found');
      assert.match(body.error.message, /GET \/api\/nothing-here/);
    });

    it('says the web app is not built when there is none, while the API works', async () => {
      const g = await miniApp({ webDir: join(web, 'missing') });
      try {
        const r = await g.get('/');
        assert.equal(r.status, 503);
        assert.match(await r.text(), /npm run build:web/);
        assert.equal((await g.get('/api/health')).status, 200);
      } finally {
        await g.close();
      }
    });
  });
});
