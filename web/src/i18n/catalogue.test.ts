import { describe, expect, test } from 'vitest';

import { enums, wordSets } from './catalogue';
import { translator } from './I18nProvider';

describe('the words catalogue', () => {
  test('every word has a Vietnamese and an English text', () => {
    for (const [set, words] of Object.entries(wordSets)) {
      for (const key of Object.keys(words.vi)) {
        expect((words.vi as Record<string, string>)[key], `${set}.${key} (vi)`).not.toBe('');
        expect((words.en as Record<string, string>)[key], `${set}.${key} (en)`).toBeTruthy();
      }
      expect(Object.keys(words.en).sort(), set).toEqual(Object.keys(words.vi).sort());
    }
  });

  test('a word is defined in one set only, so that no feature silently changes another\'s', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [set, words] of Object.entries(wordSets)) {
      for (const key of Object.keys(words.vi)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${set})`);
        seen.set(key, set);
      }
    }
    expect(twice).toEqual([]);
  });

  test('every code of the API has a name in both languages', () => {
    for (const [list, names] of Object.entries(enums)) {
      for (const [code, [vi, en]] of Object.entries(names as Record<string, readonly [string, string]>)) {
        expect(vi, `${list}.${code}`).toBeTruthy();
        expect(en, `${list}.${code}`).toBeTruthy();
      }
    }
  });

  test('statuses are called "Trạng thái"', () => {
    expect(translator('vi').t('status')).toBe('Trạng thái');
    expect(translator('en').t('status')).toBe('Status');
  });

  test('unit kinds read as words, not codes', () => {
    const { name } = translator('vi');
    expect(name('unitKind', 'party_cell')).not.toBe('party_cell');
    expect(name('unitKind', 'ward')).toBe('Phường');
    expect(translator('en').name('unitKind', 'ward')).toBe('Ward');
  });

  test('a word with a number in it', () => {
    expect(translator('vi').t('daysLeftText', { n: '5' })).toBe('còn 5 ngày');
  });
});
