// Talking to `sen serve`: JSON in and out, problems (RFC 9457) as ApiError, the CSRF token on
// every write, and the interface language as Accept-Language so that messages match it. A request
// that never reaches the server (offline, server down) is an ApiError with status 0 and code
// 'network', so that pages can say so in the user's language and offer a retry.

export interface ProblemRow {
  line?: number;
  field?: string;
  detail: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly code?: string,
    readonly field?: string,
    readonly errors: ProblemRow[] = [],
    readonly retryAfter?: number,
  ) {
    super(detail);
  }

  get network(): boolean {
    return this.code === 'network';
  }
}

export const networkError = () => new ApiError(0, 'network', 'network');

let csrfToken: string | null = null;
let language = 'vi';

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}
export function setApiLanguage(lang: string) {
  language = lang;
}

function headers(method: string, contentType?: string): Record<string, string> {
  const h: Record<string, string> = { 'Accept-Language': language };
  if (contentType) h['Content-Type'] = contentType;
  if (method !== 'GET' && csrfToken) h['X-CSRF-Token'] = csrfToken;
  return h;
}

type ProblemBody = { detail?: string; code?: string; field?: string; errors?: ProblemRow[] };

function problem(status: number, statusText: string, body: ProblemBody, retryAfter?: number): ApiError {
  return new ApiError(status, body.detail ?? statusText, body.code, body.field, body.errors ?? [], retryAfter);
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init });
  } catch {
    throw networkError();
  }
}

async function toError(res: Response): Promise<ApiError> {
  let body: ProblemBody = {};
  try {
    body = await res.json();
  } catch {
    // not a problem document
  }
  return problem(res.status, res.statusText, body, Number(res.headers.get('Retry-After')) || undefined);
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await send(path, {
    method,
    headers: headers(method, body === undefined ? undefined : 'application/json'),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

// Sends a multipart form (a report file and its fields); answers like api().
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const res = await send(path, { method: 'POST', headers: headers('POST'), body: form });
  if (!res.ok) throw await toError(res);
  return (await res.json()) as T;
}

// Sends a CSV file, reporting upload progress from 0 to 1.
export function uploadCsv<T>(path: string, text: string, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    for (const [k, v] of Object.entries(headers('POST', 'text/csv; charset=utf-8'))) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(networkError());
    xhr.onload = () => {
      let body: ProblemBody = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // empty
      }
      onProgress(1);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(problem(xhr.status, xhr.statusText, body));
    };
    xhr.send(text);
  });
}

// A query string from the defined values only: query({unit: '436', q: undefined}) → "unit=436".
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  return q.toString();
}

// The list answers of the API: items and the cursor of the next page (null at the end).
export interface Items<T> {
  items: T[];
  next: string | null;
}
