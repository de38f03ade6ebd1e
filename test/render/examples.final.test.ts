import { describe } from 'vitest';
import { exampleRecords } from './support/exampleRecords.js';
import { exampleMinutesSuite } from './support/exampleMinutesSuite.js';

describe('minutes of the final example records', () => {
  exampleMinutesSuite(exampleRecords('final'));
});
