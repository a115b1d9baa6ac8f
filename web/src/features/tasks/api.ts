// Directives and tasks: lists, one task with its history, statistics, and the follow-up steps.
import { queryOptions } from '@tanstack/react-query';

import { api, query, type Items } from '../../api/client';
import type { Schema } from '../../api/types';

export type Task = Schema['Task'];
export type TaskDetail = Schema['TaskDetail'];
export type TaskStatus = Schema['TaskStatus'];
export type TaskStats = Schema['TaskStats'];
export type StatsScope = 'record' | 'due_within';
export type Document = Schema['Document'];
export type DocumentDetail = Schema['DocumentDetail'];

export interface TaskFilter {
  unit?: string;
  status?: TaskStatus | '';
  due_within?: number;
  document?: number;
  as_of?: string;  // statuses as they stood that day (a past period's dashboard)
}

export const taskKeys = {
  all: ['tasks'] as const,
  documents: ['tasks', 'documents'] as const,
};

export const taskQueries = {
  list: (filter: TaskFilter) =>
    queryOptions({
      queryKey: [...taskKeys.all, 'list', filter],
      queryFn: () => api<Items<Task> & { today: string }>('GET', `/api/v1/tasks?${query({ ...filter })}`),
    }),
  detail: (id: number) =>
    queryOptions({ queryKey: [...taskKeys.all, 'detail', id], queryFn: () => api<TaskDetail>('GET', `/api/v1/tasks/${id}`) }),
  // `record`: the year's work with what earlier years handed on; `due_within`: only the work due in it (a report's count).
  // With `unit`: only the tasks its subtree led at the period's end, `total` being the unit's card.
  stats: (period: string, scope: StatsScope = 'record', unit?: string) =>
    queryOptions({ queryKey: [...taskKeys.all, 'stats', period, scope, unit], queryFn: () => api<TaskStats>('GET', `/api/v1/tasks/stats?${query({ period, scope, unit })}`) }),
  documents: () =>
    queryOptions({ queryKey: taskKeys.documents, queryFn: () => api<Items<Document>>('GET', '/api/v1/documents') }),
  document: (id: number) =>
    queryOptions({ queryKey: [...taskKeys.documents, id], queryFn: () => api<DocumentDetail>('GET', `/api/v1/documents/${id}`) }),
};

export interface NewTask {
  document_id?: number;
  title: string;
  content?: string;
  lead_unit: string;
  coordinators?: string[];
  deadline: string;
  priority: string;
  recurrence: string;
  recurrence_until?: string;
  files?: number[];  // uploaded first (POST /api/v1/files), attached by this write
}

export const assignTask = (t: NewTask) => api<Task>('POST', '/api/v1/tasks', t);

export const reportProgress = (id: number, body: { percent: number; text: string; date?: string }) =>
  api<TaskDetail>('POST', `/api/v1/tasks/${id}/progress`, body);

export const completeTask = (id: number, body: { version: number; date?: string; result?: string; occurrence?: string }) =>
  api<TaskDetail>('POST', `/api/v1/tasks/${id}/complete`, body);

export const requestExtension = (id: number, body: { deadline?: string; reason?: string }) =>
  api('POST', `/api/v1/tasks/${id}/extension-requests`, body);

export const decideExtension = (id: number, request: number, approve: boolean) =>
  api<TaskDetail>('POST', `/api/v1/tasks/${id}/extension-requests/${request}/decision`, { approve });
