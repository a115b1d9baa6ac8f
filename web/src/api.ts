// Talking to `sen serve`: JSON in and out, problems (RFC 9457) as ApiError, the CSRF token on
// every write, and the interface language as Accept-Language so that messages match it.

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
}

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

async function toError(res: Response): Promise<ApiError> {
  let body: { detail?: string; code?: string; field?: string; errors?: ProblemRow[] } = {};
  try {
    body = await res.json();
  } catch {
    // not a problem document
  }
  const retry = Number(res.headers.get('Retry-After')) || undefined;
  return new ApiError(res.status, body.detail ?? res.statusText, body.code, body.field, body.errors ?? [], retry);
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: headers(method, body === undefined ? undefined : 'application/json'),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

// A file attached to a record (GET {record}/files).
export interface StoredFile {
  id: number;
  record_kind: string;
  record_key: string;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: string;
  url: string;
  preview: boolean;
}

// One hit of GET /api/v1/search.
export interface SearchHit {
  kind: string;
  id: string;
  title: string;
  snippet: string;
  unit: string | null;
  url: string;
}

// Sends a file as multipart/form-data, field `file`.
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch(path, { method: 'POST', credentials: 'same-origin', headers: headers('POST'), body: form });
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
    xhr.onerror = () => reject(new ApiError(0, 'Network error'));
    xhr.onload = () => {
      let body: { detail?: string; code?: string; field?: string; errors?: ProblemRow[] } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // empty
      }
      onProgress(1);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(new ApiError(xhr.status, body.detail ?? xhr.statusText, body.code, body.field, body.errors ?? []));
    };
    xhr.send(text);
  });
}

// The shapes the API answers with (see docs/openapi.yaml).
export interface Me {
  username: string;
  display_name: string | null;
  role: string;
  unit: string | null;
  permissions: string[];
  csrf_token?: string;
}

export interface Unit {
  code: string;
  name: string;
  name_en: string | null;
  kind: string;
  parent: string | null;
  valid_from: string;
  valid_to: string | null;
  illustrative: boolean;
  source: string | null;
  version: number;
  successors?: { predecessor: string; successor: string; effective: string }[];
}

export interface Actual {
  value: number;
  vintage: string;
  derivation: string;
  illustrative: boolean;
  source: string | null;
}

export interface ScorecardItem {
  indicator: string;
  name: string;
  name_en: string | null;
  area: string;
  measure: string;
  decimals: number;
  direction: string;
  plan: string;
  target: { id: number; comparator: string; value: number; value_to: number | null; text: string; source: string | null };
  plan_figure: number | null;
  actual: number | null;
  vintage: string | null;
  derivation: string | null;
  actual_source: string | null;
  illustrative: boolean;
  achievement_pct: number | null;
  status: 'exceeded' | 'met' | 'not_met' | 'no_data';
  // Why a figure across a reorganisation was refused (docs/targets.md).
  not_comparable?: { reason: string; reason_en: string } | null;
  previous: Actual | null;
  change: number | null;
  change_pct: number | null;
}

export interface Scorecard {
  unit: string;
  unit_name: string;
  period: { code: string; cutoff_from: string; cutoff_to: string };
  total: number;
  exceeded: number;
  met: number;
  not_met: number;
  no_data: number;
  summary: string;
  summary_en: string;
  areas: { area: string; name: string; exceeded: number; met: number; not_met: number; no_data: number }[];
  items: ScorecardItem[];
}

export interface Value {
  id: number;
  indicator: string;
  unit: string;
  period: string;
  vintage: string;
  value: number;
  source: string | null;
  note: string | null;
  entered_by: string;
  entered_at: string;
}

// A figure read from a report (POST /api/v1/extractions); start and end count code points.
export interface ProposedFigure {
  indicator: string | null;
  name: string;
  value: number;
  unit: string;
  measure: 'value' | 'percent_of_plan' | 'percent_of_estimate' | 'change_on_last_year';
  vintage: string;
  as_written: string;
  approx: 'over' | 'under' | 'about' | null;
  quote: string;
  start: number;
  end: number;
  current?: { value: number; vintage?: string } | null;
}

export interface Extraction {
  id: number;
  unit: string;
  period: string;
  vintage: string;
  document: string | null;
  text: string;
  items: ProposedFigure[];
  suggestions: ProposedFigure[];
  counts: { met: number; total: number; quote: string; start: number; end: number; current: { met: number; total: number } | null }[];
  accepted: number[];
}

// Sends a multipart form (a report file and its fields); answers like api().
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const res = await fetch(path, { method: 'POST', credentials: 'same-origin', headers: headers('POST'), body: form });
  if (!res.ok) throw await toError(res);
  return (await res.json()) as T;
}

export interface Plan {
  code: string;
  unit: string;
  kind: string;
  title: string;
  period_from: string;
  period_to: string;
}

export interface User {
  username: string;
  display_name: string | null;
  role: string;
  unit: string | null;
  disabled: boolean;
  service: boolean;
  grants: string[];
  version: number;
}

export interface ApiToken {
  name: string;
  username: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface Items<T> {
  items: T[];
  next: string | null;
}

export type TaskStatus = 'in_progress' | 'overdue' | 'done_on_time' | 'done_late' | 'cancelled';

export interface Task {
  id: number;
  title: string;
  content: string | null;
  document_id: number | null;
  lead_unit: string;
  lead_unit_name: string;
  coordinators: string[];
  priority: string;
  recurrence: string;
  deadline: string;
  due: string;
  days_left: number;
  status: TaskStatus;
  percent: number | null;
  completed_on: string | null;
  result: string | null;
  cancel_reason: string | null;
  illustrative: boolean;
  version: number;
}

export interface TaskDetail extends Task {
  document: { id: number; number: string; issued_on: string; issuer: string; summary: string | null } | null;
  deadlines: { deadline: string; reason: string; decided_by: string; decided_at: string }[];
  extension_requests: { id: number; requested_deadline: string; reason: string; requested_by: string; decision: string | null }[];
  progress: { date: string; percent: number; text: string; reported_by: string }[];
  occurrences: { due: string; completed_on: string | null; status: TaskStatus }[];
}

export interface Document {
  id: number;
  kind: string;
  number: string;
  issued_on: string;
  issuer: string;
  summary: string | null;
}

export interface Petition {
  id: number;
  tracking_code: string;
  channel: string;
  received_on: string;
  types: string[];
  field: string;
  content: string;
  handling_unit: string;
  handling_unit_name: string;
  concerned_unit: string | null;
  concerned_person: string | null;
  anonymous: boolean;
  status: string;
  status_text: string;
  open: boolean;
  due: string | null;
  days_left: number | null;
  result: string | null;
  long_unresolved: boolean;
  duplicates: number;
  illustrative: boolean;
  version: number;
}

export interface PetitionDetail extends Petition {
  events: { id: number; kind: string; date: string; note: string | null; reason: string | null; recipient: string | null;
    decision_number: string | null; new_deadline: string | null; result: string | null; recorded_by: string }[];
  petitioners: { name: string; address: string | null; phone: string | null; email: string | null }[];
  denouncer_count: number;
  processing_due: string;
  processing_rule: string;
  resolution_rule: string | null;
}

// Public-investment projects. Money is integer đồng; rates are percents or null without a plan.
export interface YearSummary {
  plan_allocated: number;
  plan_assigned: number;
  paid: number;
  paid_confirmed: number;
  paid_estimate: number;
  rate_allocated: number | null;
  rate_assigned: number | null;
  rate_allocated_confirmed: number | null;
  illustrative: boolean;
}

export interface MonthFigure {
  month: number;  // 13: after the year, within the window or an extension
  paid: number;
  paid_confirmed: number;
  rate_allocated: number | null;
  rate_assigned: number | null;
  expected_percent: number;
  last_year_rate_allocated?: number | null;
  last_year_paid?: number;
}

export interface SourceFigure {
  source: string;
  plan_allocated: number;
  plan_assigned: number;
  paid: number;
  paid_confirmed: number;
  rate_allocated: number | null;
  rate_assigned: number | null;
}

export interface Lag { month: number; expected_percent: number; actual_percent: number }

export interface Project {
  code: string;
  name: string;
  group: string;
  investor: string;
  managing_unit: string;
  total_investment: number;
  start_year: number;
  end_year: number;
  stage: string;
  decision: string | null;
  source: string | null;
  illustrative: boolean;
  locations: string[];
  funding: { source: string; amount: number }[];
  targets: number[];
  version: number;
}

export interface ProjectRow extends Project {
  year: YearSummary;
  lag: Lag | null;
}

export interface Disbursement {
  id: number;
  plan_year: number;
  source: string;
  paid_on: string;
  amount: number;
  status: 'estimate' | 'confirmed' | 'cancelled';
  document: string | null;
  note: string | null;
  illustrative: boolean;
  entered_by: string;
  version: number;
}

export interface CapitalPlan {
  id: number;
  kind: 'annual' | 'medium_term';
  year_from: number;
  year_to: number;
  source: string;
  level: 'allocated' | 'assigned';
  amount: number;
  decision: string;
  decision_date: string;
  illustrative: boolean;
}

export interface ProjectDetail extends Project {
  managing_unit_name: string | null;
  plan_year: number;
  summary: YearSummary;
  months: MonthFigure[];
  sources: SourceFigure[];
  lag: Lag | null;
  window: { plan_year: number; ends: string; latest_extension: string; auto_extend_added_after: string | null; law: string };
  milestones: { id: number; name: string; planned_on: string; actual_on: string | null; version: number }[];
  progress: { as_of: string; percent: number; note: string | null }[];
  capital_plans: CapitalPlan[];
  extensions: { id: number; plan_year: number; source: string | null; until: string; basis: string; decision_date: string }[];
  disbursements: Disbursement[];
  tasks: { id: number; title: string; lead_unit: string; status: TaskStatus; due: string }[];
  today: string;
}

export interface LaggingProject {
  code: string;
  name: string;
  managing_unit: string;
  plan_allocated: number;
  paid: number;
  rate_allocated: number | null;
  lag: Lag;
  illustrative: boolean;
}

export interface Portfolio {
  unit: string;
  year: number;
  years: number[];
  as_of: string;
  projects: number;
  projects_with_plan: number;
  summary: YearSummary;
  last_year: YearSummary;
  months: MonthFigure[];
  sources: SourceFigure[];
  lagging: LaggingProject[];  // the furthest behind first, at most 50
  lagging_count: number;
  indicators: { code: string; name: string; measure: string; value: number | null; plan: number | null; vintage: string | null;
    derivation: string | null; source: string | null; illustrative: boolean }[];
}
