/** Fuzzing the row parsers of the exchange formats (GDELT, ICEWS, POLECAT): no crash, no hang, bounded heap. */
import { test } from 'node:test';
import { fuzz } from './budget.js';

test('GDELT rows: a problem, a skip, a header or a valid event for any line', () => fuzz('gdelt', 800));
test('ICEWS files: any header and rows give well-formed results', () => fuzz('icews', 500));
test('POLECAT lines: any JSON or text gives a problem, a skip or a valid event', () => fuzz('polecat', 800));
