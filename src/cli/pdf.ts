/**
 * HTML to PDF through headless Chromium (playwright-core driving Debian's chromium, the browser the
 * end-to-end tests use: /usr/bin/chromium, or ORRERY_CHROMIUM). The page is loaded from a string
 * with every network request refused, so a PDF never fetches anything. A missing browser or driver
 * is an EnvironmentError that says what to install.
 */
import { existsSync } from 'node:fs';
import { EnvironmentError } from '../model/errors.js';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.ORRERY_CHROMIUM ?? CHROMIUM;
  if (!existsSync(path))
    throw new EnvironmentError(
      `no Chromium at ${path}: PDF briefings are printed by headless Chromium; install it with \`apt-get install chromium\` or set ORRERY_CHROMIUM`,
    );
  return path;
}

export async function htmlToPdf(html: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new EnvironmentError('playwright-core is not installed: PDF briefings need it (npm install playwright-core)');
  }
  const browser = await chromium.launch({ executablePath, args: ARGS, headless: true, timeout: 60_000 });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
