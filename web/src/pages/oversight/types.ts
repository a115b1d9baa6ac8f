// The shapes of the oversight API's answers (docs/openapi.yaml).
export interface Subject { kind: 'organisation' | 'member'; code: string }

export interface OversightStats {
  inspection_cases: number; organisations_inspected: number; members_inspected: number;
  supervision_cases: number; organisations_supervised: number; members_supervised: number;
  members_disciplined: number; organisations_disciplined: number;
  member_forms: Record<string, number>; organisation_forms: Record<string, number>;
  admissions: number; sentence: string;
}

export interface Remedy { id: number; content: string; due: string | null; done_on: string | null; note: string | null; version: number }

export interface Case {
  id: number; kind: 'inspection' | 'supervision'; type: string; body: string; decision: string; decision_number: number;
  issuer: string; term: string; decided_on: string; team: string | null; period_from: string | null; period_to: string | null;
  conclusion: string | null; concluded_on: string | null; recommendations: string | null;
  subjects: Subject[]; remedies: Remedy[]; illustrative: boolean; version: number;
}

export interface Discipline {
  id: number; subject: Subject; member_status: string | null; form: string; violation_on: string; concluded_on: string;
  decided_on: string; decision: string; body: string; case_id: number | null; reason: string; notice_due: string | null;
  notified_on: string | null; limitation_warning: string | null; illustrative: boolean; version: number;
}

export interface Rating {
  id: number; year: number; subject: Subject; step: string; level: string | null; score: number | null;
  exempt_reason: string | null; rated_within: string; rule_set: string; illustrative: boolean;
}

export interface ProgrammeItem { id: number; kind: string; subject: string; content: string; timing: string; cases: number[]; done: boolean }
export interface Programme { id: number; committee: string; year: number; title: string; document: string | null; illustrative: boolean; items: ProgrammeItem[] }

export interface Member {
  code: string; full_name: string; birth_year: number; organisation: string; admitted_on: string; full_member_on: string | null;
  status: 'probationary' | 'full' | 'left'; posts: string | null; illustrative: boolean; version: number;
}

export interface Admission {
  id: number; candidate: string; birth_year: number; organisation: string; introducer: string | null; decision: string | null;
  admitted_on: string | null; probation_due: string | null; confirmed_on: string | null; member_code: string | null;
  status: 'candidate' | 'probation' | 'confirmed' | 'not_admitted'; steps: { form: string; done_on: string; note: string | null }[];
  illustrative: boolean; version: number;
}
