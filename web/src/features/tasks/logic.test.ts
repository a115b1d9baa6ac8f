import { describe, expect, test } from 'vitest';

import { translator } from '../../i18n';
import type { TaskStatus } from './api';
import { byUrgency, deadlineNote } from './logic';

const task = (id: number, status: TaskStatus, due: string) => ({ id, status, due });

describe('the order of a task list', () => {
  test('overdue first, longest overdue on top; then open by nearest deadline; done last, cancelled at the end', () => {
    const list = [
      task(1, 'done_on_time', '2023-03-31'),
      task(2, 'in_progress', '2026-12-31'),
      task(3, 'overdue', '2024-06-30'),
      task(4, 'cancelled', '2026-01-01'),
      task(5, 'overdue', '2023-12-01'),
      task(6, 'in_progress', '2026-12-15'),
      task(7, 'done_late', '2025-01-01'),
    ];
    expect(byUrgency(list).map((t) => t.id)).toEqual([5, 3, 6, 2, 7, 1, 4]);
  });

  test('the list given is left as it was', () => {
    const list = [task(1, 'done_on_time', '2023-01-01'), task(2, 'overdue', '2024-01-01')];
    byUrgency(list);
    expect(list[0].id).toBe(1);
  });
});

describe('what follows a task\'s status', () => {
  const vi = translator('vi');
  test('the days past for an overdue task, grouped the Vietnamese way, never the status twice', () => {
    expect(deadlineNote('overdue', -1066, vi)).toBe('1.066 ngày');
    expect(deadlineNote('overdue', -1066, translator('en'))).toBe('by 1,066 days');
  });
  test('the days left of an open task; nothing once done', () => {
    expect(deadlineNote('in_progress', 5, vi)).toBe('còn 5 ngày');
    expect(deadlineNote('in_progress', 0, vi)).toBe('đến hạn hôm nay');
    expect(deadlineNote('done_on_time', 12, vi)).toBe('');
  });
});
