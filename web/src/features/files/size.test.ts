import { expect, test } from 'vitest';

import { fileSize } from './size';

test('sizes read in bytes, kilobytes and megabytes, with the language\'s decimal mark', () => {
  expect(fileSize(812, 'vi')).toBe('812 B');
  expect(fileSize(45 * 1024, 'vi')).toBe('45 KB');
  expect(fileSize(3.2 * 1024 * 1024, 'vi')).toBe('3,2 MB');
  expect(fileSize(3.2 * 1024 * 1024, 'en')).toBe('3.2 MB');
});
