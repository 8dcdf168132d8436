#!/usr/bin/env node
// The screenshot of a briefing in docs/briefing.md: an HTML briefing (`orrery brief --format html -o
// FILE`) opened in Debian's chromium through playwright-core, at 960 pixels wide, from the top to
// the end of the first entry's figures.
// Usage: node scripts/brief-screenshot.mjs BRIEF.html docs/img/brief-2025q3.png
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [file, out] = process.argv.slice(2);
if (!file || !out) {
  console.error('usage: node scripts/brief-screenshot.mjs BRIEF.html OUT.png');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 960, height: 1500 } });
  await page.goto(pathToFileURL(resolve(file)).href);
  const box = await page.locator('article.entry .figures').first().boundingBox();
  const height = Math.ceil((box ? box.y + box.height : 1500) + 16);
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 960, height }, fullPage: true });
} finally {
  await browser.close();
}
