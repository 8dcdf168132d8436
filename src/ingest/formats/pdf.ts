/**
 * PDF documents: the text layer read with Mozilla's pdf.js (the legacy build, which runs in Node
 * without a browser). Items are joined in reading order as pdf.js gives them, with its end-of-line
 * marks kept as line breaks; pages are separated by a blank line. A PDF without a text layer (a
 * scan) is an error that says so: Orrery does not do OCR.
 */
import { metadataDate } from './dates.js';
import { tidy } from './html-text.js';
import { unreadable } from './bytes.js';
import type { DocumentMeta } from './types.js';

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

export async function readPdf(file: string, bytes: Uint8Array): Promise<DocumentMeta & { text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw unreadable(file, `not a readable PDF (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let line = '';
      for (const item of content.items as TextItem[]) {
        line += item.str ?? '';
        if (item.hasEOL) line += '\n';
      }
      pages.push(tidy(line));
      page.cleanup();
    }
    const text = pages.filter(Boolean).join('\n\n');
    if (!text.replace(/\s/g, '')) {
      throw unreadable(
        file,
        `the PDF has ${doc.numPages} page(s) but no text layer (a scan?); run it through OCR first (e.g. ocrmypdf)`,
      );
    }
    const { info } = (await doc.getMetadata()) as unknown as { info?: Record<string, unknown> };
    const s = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    return {
      text,
      title: s(info?.Title),
      author: s(info?.Author),
      published: metadataDate(info?.CreationDate),
      warnings: [],
    };
  } finally {
    await doc.destroy();
  }
}
