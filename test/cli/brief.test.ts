/**
 * `orrery brief` as a user runs it (the built command, a child process) on the shipped dataset in a
 * fresh SQLite store: the July–September 2025 briefing as a PDF that opens (`pdftotext` finds its
 * text), as an HTML file that Chromium loads without a single request besides the file itself, and
 * as Markdown on stdout; bad input and a missing browser refused with their messages and exit codes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../src/cli/pdf.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { orrery } from '../helpers/cli.js';

const Q3 = ['brief', '--at', '2025-09-30', '--since', '2025-07-01'];

describe('orrery brief', () => {
  const dir = mkdtempSync(join(tmpdir(), 'orrery-brief-cli-'));
  const env = { ORRERY_DB: join(dir, 'orrery.db') };
  before(() => {
    const init = orrery(['init'], env);
    assert.equal(init.code, 0, init.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('--format pdf writes a PDF that opens: pdftotext finds the briefing in it', () => {
    const file = join(dir, 'q3.pdf');
    const r = orrery([...Q3, '--format', 'pdf', '-o', file], env);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(file).subarray(0, 5).toString(), '%PDF-');
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.equal(text.status, 0, `pdftotext: ${text.stderr} (apt-get install poppler-utils)`);
    assert.match(text.stdout, /South Caucasus briefing, 1 July 2025 to 30\s+September 2025/);
    for (const name of ['Armenia', 'Azerbaijan', 'Georgia']) assert.match(text.stdout, new RegExp(name));
    assert.match(text.stdout, /Washington/);
  });

  test('--format html writes one file that Chromium shows without any other request', async () => {
    const file = join(dir, 'q3.html');
    const r = orrery([...Q3, '--format', 'html', '-o', file], env);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(CHROMIUM), `no ${CHROMIUM}: apt-get install chromium`);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], headless: true });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (q) => requests.push(q.url()));
      const url = pathToFileURL(file).href;
      await page.goto(url, { waitUntil: 'networkidle' });
      assert.deepEqual(
        requests.filter((u) => u !== url),
        [],
      );
      assert.equal(await page.locator('article.entry').count(), 3);
      assert.ok((await page.locator('a[data-cite]').count()) > 40);
      assert.equal(await page.locator('svg.chart').count(), 6);
    } finally {
      await browser.close();
    }
  });

  test('--format md prints Markdown with the citation links', () => {
    const r = orrery([...Q3, '--focus', 'Georgia'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# South Caucasus briefing/);
    assert.match(r.stdout, /## . Georgia: (improved|deteriorated|unchanged)/);
    assert.doesNotMatch(r.stdout, /## . Armenia/);
    assert.match(r.stdout, /\]\(\/#\/sources\?source=[a-z0-9-]+&passage=\d+&end=\d+\)/);
  });

  test('bad input and a missing browser are refused with a message', () => {
    const both = orrery([...Q3, '--focus', 'ARM', '--pair', 'ARM,AZE'], env);
    assert.equal(both.code, EXIT.usage);
    assert.match(both.stderr, /--focus or --pair, not both/);
    const format = orrery([...Q3, '--format', 'docx'], env);
    assert.notEqual(format.code, 0);
    assert.match(format.stderr, /docx/);
    const noBrowser = orrery([...Q3, '--format', 'pdf', '-o', join(dir, 'x.pdf')], {
      ...env,
      ORRERY_CHROMIUM: join(dir, 'no-chromium'),
    });
    assert.equal(noBrowser.code, EXIT.environment);
    assert.match(noBrowser.stderr, /no Chromium at .*no-chromium.*apt-get install chromium/);
    assert.equal(existsSync(join(dir, 'x.pdf')), false);
  });
});
