import { describe, expect, it } from 'vitest';

import { fold, highlight } from './highlight';

describe('search folding', () => {
  it('folds Vietnamese as the server does', () => {
    expect(fold('Giải Ngân Đồng')).toBe('giai ngan dong');
  });
  it('marks the words of the query, with or without marks', () => {
    expect(highlight('Đẩy nhanh giải ngân vốn', 'giai ngan')).toEqual([
      { text: 'Đẩy nhanh ', hit: false }, { text: 'giải', hit: true }, { text: ' ', hit: false }, { text: 'ngân', hit: true },
      { text: ' vốn', hit: false },
    ]);
    expect(highlight('Tổng vốn tỷ đồng', 'DONG')).toEqual([{ text: 'Tổng vốn tỷ ', hit: false }, { text: 'đồng', hit: true }]);
  });
});
