/** Fuzzing date parsing: partial dates, metadata dates, and the coder's date expressions resolved against a publication date. */
import { test } from 'node:test';
import { fuzz } from './budget.js';

test('partial dates: any string is judged, valid dates keep their invariants', () => fuzz('partial-dates', 1200));
test('date expressions in prose resolve to valid partial dates inside the text', () => fuzz('coder-dates', 1200));
