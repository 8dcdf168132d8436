/**
 * GET /api/brief on the shipped dataset (a real SQLite store): the July–September 2025 briefing as
 * HTML, Markdown and JSON. Every fact's citation link (`data-cite`) names a passage that exists in
 * its source, with the text the record's hash was taken of; the prose carries names, never record
 * ids or actor codes, and a relation's change is told in the words the dataset gives it (the phase's
 * summary), for July–September 2025 and for all of 2024; the page is one file that asks for nothing
 * outside itself; a scenario is announced as hypothetical; a date with no data gives entries that say
 * so; bad parameters are refused with a message naming them.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { shippedApp, type Fixture } from './fixture.js';

const Q3 = '/api/brief?at=2025-09-30&since=2025-07-01';

/** The text a reader sees: tags, the stylesheet and entities removed. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

describe('briefings over the shipped dataset', () => {
  let f: Fixture;
  let html: string;
  before(async () => {
    f = await shippedApp();
    const r = await f.get(`${Q3}&format=html`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
    html = await r.text();
  });
  after(() => f.close());

  test('Q3 2025: an entry per country, with the Washington agreement and the Russia–Azerbaijan crisis', () => {
    for (const name of ['Armenia', 'Azerbaijan', 'Georgia']) assert.match(html, new RegExp(`<h2>.*${name}`));
    assert.match(html, /peace agreement in Washington/);
    assert.match(html, /Sputnik/);
    assert.match(html, /the tie with Russia turned from friendly to hostile/);
    assert.match(html, /<svg[^>]*class="chart series"/);
    assert.match(html, /<svg[^>]*class="chart network"/);
    assert.match(html, /<p class="footnote">Arrow: /);
  });

  test('every citation link points to a passage that exists, with the text its hash was taken of', async () => {
    const texts = await f.ctx.data.texts();
    const { body } = await f.json<{
      entries: Array<{ themes: Array<{ facts: Array<{ citations: Array<Record<string, string | number>> }> }> }>;
    }>(Q3);
    const hashes = new Map<string, string>();
    for (const e of body.entries)
      for (const t of e.themes)
        for (const fact of t.facts) {
          assert.ok(fact.citations.length > 0, 'a fact without citations');
          for (const c of fact.citations) hashes.set(`${c.source}:${c.start}-${c.end}`, String(c.sha256));
        }
    const links = [...html.matchAll(/<a class="cite" data-cite="([^"]+)" href="([^"]+)"/g)];
    assert.ok(links.length >= 40, `only ${links.length} citation links`);
    for (const [, key, href] of links) {
      const m = /^([a-z0-9-]+):(\d+)-(\d+)$/.exec(key!);
      assert.ok(m, key);
      const [, source, start, end] = m;
      assert.equal(
        href!.replace(/&amp;/g, '&'),
        `/#/sources?source=${source}&passage=${start}&end=${end}`,
        'the link opens the passage in the reader',
      );
      const text = texts.require(source!);
      assert.ok(Number(end) <= text.length && Number(start) < Number(end), `${key} lies outside its source`);
      const sha = hashes.get(key!);
      if (sha)
        assert.equal(
          createHash('sha256')
            .update(text.slice(Number(start), Number(end)))
            .digest('hex'),
          sha,
          key,
        );
    }
    // Every fact's citations are linked.
    for (const key of hashes.keys()) assert.ok(html.includes(`data-cite="${key}"`), key);
  });

  test('the prose names actors as people do: no record ids, slugs or actor codes', async () => {
    const text = visibleText(html);
    const ids = new Set<string>();
    for (const a of await f.ctx.store.listActors()) if (a.id !== a.name && a.id.length > 2) ids.add(a.id);
    for (const e of await f.ctx.store.listEvents()) ids.add(e.id);
    for (const r of await f.ctx.store.listRelations()) ids.add(r.id);
    const words = new Set(text.split(/[^A-Za-z0-9_-]+/));
    const found = [...ids].filter((id) => words.has(id));
    assert.deepEqual(found, [], `ids in the prose: ${found.join(', ')}`);
    assert.doesNotMatch(text, /\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/, 'a kebab-case slug in the prose');
    assert.doesNotMatch(text, /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/, 'an actor code in the prose');
    assert.doesNotMatch(text, /\b(ARM|AZE|GEO|RUS|TUR|IRN)\b/, 'a country code in the prose');
    assert.doesNotMatch(text, /undefined|NaN|\$\{|\[object/, 'a template fragment in the prose');
  });

  test('relation changes read as the dataset words them: Q3 2025 and all of 2024, no template, no code', async () => {
    const relations = new Map((await f.ctx.store.listRelations()).map((r) => [r.id, r]));
    const focus = 'focus=ARM,AZE,GEO';
    for (const q of [`${Q3}&${focus}`, `/api/brief?at=2024-12-31&since=2024-01-01&${focus}`]) {
      const md = await (await f.get(`${q}&format=md`)).text();
      for (const old of [
        ' deepens.',
        ' is reaffirmed.',
        ' is scaled back.',
        'A membership between',
        'The recognition between',
      ])
        assert.ok(!md.includes(old), `${q}: "${old}" in the briefing`);
      assert.doesNotMatch(md, /\b(ARM|AZE|GEO|RUS|TUR|IRN|USA|MINSK_GROUP|ARTSAKH|NK)\b/, `${q}: an actor code`);
      const { body } = await f.json<{
        entries: Array<{
          themes: Array<{
            facts: Array<{ kind: string; id: string; date: string; text: string; citations: unknown[] }>;
          }>;
        }>;
      }>(q);
      const facts = body.entries.flatMap((e) => e.themes.flatMap((t) => t.facts)).filter((x) => x.kind === 'relation');
      let phases = 0;
      for (const fact of facts) {
        const r = relations.get(fact.id)!;
        const phase = r.phases.find((p) => p.from === fact.date && p.from !== r.from);
        if (!phase) continue;
        phases++;
        assert.equal(fact.text, phase.summary, `${fact.id} from ${fact.date}: the phase's own words`);
        assert.deepEqual(fact.citations, phase.citations.length ? phase.citations : r.citations, fact.id);
      }
      assert.ok(phases >= 3, `${q}: only ${phases} phase lines`);
    }
  });

  test('the HTML is one file: no script, no stylesheet or image to fetch, no external URL', () => {
    assert.match(html, /^<!doctype html>/);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(/i);
    assert.doesNotMatch(html, /\ssrc=/i);
    const external = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((h) => !/^(#|\/#\/)/.test(h));
    assert.deepEqual(external, []);
    assert.match(html, /@media print/);
  });

  test('Markdown keeps the links; JSON carries the arrow inputs', async () => {
    const r = await f.get(`${Q3}&format=md&linkBase=http://127.0.0.1:8080`);
    assert.match(r.headers.get('content-type') ?? '', /^text\/markdown/);
    const md = await r.text();
    assert.match(md, /^# South Caucasus briefing, 1 July 2025 to 30 September 2025/);
    assert.match(md, /\[1\]\(http:\/\/127\.0\.0\.1:8080\/#\/sources\?source=[a-z0-9-]+&passage=\d+&end=\d+\)/);
    const { status, body } = await f.json<{
      entries: Array<{ key: string; arrow: string; inputs: { score: number } }>;
    }>(Q3);
    assert.equal(status, 200);
    assert.deepEqual(
      body.entries.map((e) => e.key),
      ['ARM', 'AZE', 'GEO'],
    );
    for (const e of body.entries) assert.ok(['deteriorated', 'improved', 'unchanged'].includes(e.arrow));
  });

  test('a pair by name, and a scenario announced as hypothetical', async () => {
    const { body } = await f.json<{ entries: Array<{ key: string; title: string }> }>(`${Q3}&pair=Armenia,Azerbaijan`);
    assert.deepEqual(
      body.entries.map((e) => [e.key, e.title]),
      [['ARM-AZE', 'Armenia – Azerbaijan']],
    );
    const r = await f.get(`${Q3}&format=html&scenario=armenia-leaves-csto`);
    assert.equal(r.status, 200);
    const page = await r.text();
    assert.match(page, /<p class="hypothetical">Hypothetical: this briefing is computed under the scenario/);
  });

  test('a date with no data: entries that say so, not an empty page', async () => {
    const r = await f.get('/api/brief?at=1900-01-31&format=html');
    assert.equal(r.status, 200);
    const page = visibleText(await r.text());
    for (const name of ['Armenia', 'Azerbaijan', 'Georgia'])
      assert.match(
        page,
        new RegExp(`Orrery records no events involving ${name} between 1 January 1900 and 31 January 1900`),
      );
  });

  test('bad parameters are refused, naming what is wrong', async () => {
    const both = await f.json<{ error: { message: string } }>('/api/brief?at=2025-09-30&focus=ARM&pair=ARM,AZE');
    assert.equal(both.status, 400);
    assert.match(both.body.error.message, /--focus or --pair, not both/);
    const unknown = await f.json<{ error: { message: string } }>('/api/brief?at=2025-09-30&focus=Atlantis');
    assert.ok([400, 404].includes(unknown.status));
    assert.match(unknown.body.error.message, /Atlantis/);
    const late = await f.json<{ error: { message: string } }>('/api/brief?at=2025-06-30&since=2025-09-01');
    assert.equal(late.status, 400);
    assert.match(late.body.error.message, /after/);
    const date = await f.json<{ error: { message: string } }>('/api/brief?at=2025-13-01');
    assert.equal(date.status, 400);
  });
});
