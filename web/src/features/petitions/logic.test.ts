import { describe, expect, test } from 'vitest';

import { translator } from '../../i18n';
import { dueNote, normaliseTrackingCode, summarise, urgencyTone } from './logic';

describe('a tracking code as a citizen types it', () => {
  test('any case, spaces, with or without the hyphen, finds the printed form', () => {
    expect(normaliseTrackingCode('ht2611-ab12cd')).toBe('HT2611-AB12CD');
    expect(normaliseTrackingCode(' HT2611AB12CD ')).toBe('HT2611-AB12CD');
    expect(normaliseTrackingCode('ht 2611 ab12 cd')).toBe('HT2611-AB12CD');
  });
  test('what cannot be a code is left as typed', () => {
    expect(normaliseTrackingCode(' abc ')).toBe('abc');
  });
});

describe('a letter\'s deadline', () => {
  const vi = translator('vi');
  test('days overdue in words, never a bare negative number', () => {
    expect(dueNote(-246, vi)).toBe('quá hạn 246 ngày');
    expect(dueNote(-246, translator('en'))).toBe('246 days overdue');
    expect(dueNote(0, vi)).toBe('đến hạn hôm nay');
    expect(dueNote(5, vi)).toBe('còn 5 ngày');
    expect(dueNote(null, vi)).toBe('');
  });
  test('red when overdue, orange with three days or fewer left', () => {
    expect(urgencyTone('resolution_overdue', -3)).toBe('danger');
    expect(urgencyTone('in_resolution', 2)).toBe('warning');
    expect(urgencyTone('in_resolution', 20)).toBe('info');
    expect(urgencyTone('resolved', null)).toBe('neutral');
  });
});

describe('the summary of a letter in the queue', () => {
  test('short content whole, long content cut at a word with an ellipsis', () => {
    expect(summarise('Kiến nghị  lắp\nđèn')).toBe('Kiến nghị lắp đèn');
    const long = 'Kiến nghị lắp đèn chiếu sáng ngõ 12 đường Nguyễn Du, phường Trần Phú, vì ngõ tối và nhiều người qua lại buổi tối';
    const cut = summarise(long, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
