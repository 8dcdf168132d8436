/** Fuzzing the document readers (HTML, Markdown, uploads as bytes): a text or a ValidationError, never a crash. */
import { test } from 'node:test';
import { fuzz } from './budget.js';

test('HTML pages: any markup gives text and metadata', () => fuzz('html', 60));
test('Markdown documents: any front matter and markup gives text and metadata', () => fuzz('markdown', 150));
test('uploaded bytes: any bytes under any name are read or refused with a ValidationError (PDFs: npm run fuzz)', () =>
  fuzz('document-bytes', 60, { noPdf: true }));
