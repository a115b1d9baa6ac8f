// The files attached to a record (a task, a document, a letter, a project, an oversight case):
// listed, uploaded as multipart (field `file`), downloaded, previewed and removed.
import { queryOptions } from '@tanstack/react-query';

import { api, postForm, type Items } from '../../api/client';
import type { Schema } from '../../api/types';

export type StoredFile = Schema['File'];

// `record` is the record's API path, e.g. /api/v1/projects/ADB-HT.
export const fileRecord = {
  task: (id: number) => `/api/v1/tasks/${id}`,
  document: (id: number) => `/api/v1/documents/${id}`,
  petition: (id: number) => `/api/v1/petitions/${id}`,
  project: (code: string) => `/api/v1/projects/${encodeURIComponent(code)}`,
  oversightCase: (id: number) => `/api/v1/oversight/cases/${id}`,
  report: (id: number) => `/api/v1/report-drafts/${id}`,
};

export const fileKeys = { record: (record: string) => ['files', record] as const };

export const fileQueries = {
  list: (record: string) => queryOptions({ queryKey: fileKeys.record(record), queryFn: () => api<Items<StoredFile>>('GET', `${record}/files`) }),
};

export function uploadFile(record: string, file: File): Promise<StoredFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  return postForm<StoredFile>(`${record}/files`, form);
}

// Uploads a file that no record holds yet; a record's own write attaches it (files: [id]).
export function uploadFirst(file: File): Promise<StoredFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  return postForm<StoredFile>('/api/v1/files', form);
}

export const removeFile = (f: StoredFile) => api<void>('DELETE', f.url);

// The address that shows a PDF or an image in the page rather than downloading it.
export const inlineHref = (f: StoredFile) => `${f.url}?inline=true`;
