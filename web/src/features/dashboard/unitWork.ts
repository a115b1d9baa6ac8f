// The overdue tasks of a unit (and the units below it) listed under the dashboard's count.
import type { Task } from '../tasks/api';

// The overdue tasks that belong to a period's count: due by its last day (those due later are the
// business of a later period, however long they have been overdue since).
export function overdueOfPeriod<T extends Pick<Task, 'due'>>(tasks: T[], last: string): T[] {
  return tasks.filter((t) => t.due <= last);
}
