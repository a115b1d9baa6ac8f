// The tasks of a unit (and the units below it) in a period, counted for the dashboard.
import type { Task, TaskStats } from '../tasks/api';

export type TaskCounts = Omit<TaskStats['items'][number], 'unit' | 'unit_name' | 'on_time_pct'>;

export function taskCounts(rows: TaskStats['items'], units: Set<string>): TaskCounts {
  const sum: TaskCounts = { in_progress: 0, overdue: 0, done_on_time: 0, done_late: 0, cancelled: 0 };
  for (const r of rows) {
    if (!units.has(r.unit)) continue;
    for (const k of Object.keys(sum) as (keyof TaskCounts)[]) sum[k] += r[k];
  }
  return sum;
}

// The overdue tasks that belong to a period's count: due by its last day (those due later are the
// business of a later period, however long they have been overdue since).
export function overdueOfPeriod<T extends Pick<Task, 'due'>>(tasks: T[], last: string): T[] {
  return tasks.filter((t) => t.due <= last);
}
