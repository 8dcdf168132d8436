/** Fuzzing the sentence splitter and the event coder on prose-like and random text. */
import { test } from 'node:test';
import { fuzz } from './budget.js';

test('the sentence splitter gives ordered spans that hold their text', () => fuzz('sentences', 1000));
test('the coder gives valid events citing the text, for any text and publication date', () => fuzz('coder', 200));
