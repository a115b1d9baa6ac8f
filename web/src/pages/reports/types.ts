// Report drafts as the API gives them (GET /api/v1/report-drafts/{id}).
export interface DraftSection {
  key: string;
  title: string;
  text: string;
  version: number;
  updated_by: string | null;
  updated_at: string | null;
}

export interface Draft {
  id: number;
  unit: string;
  unit_name: string;
  kind: 'annual' | 'periodic';
  period: string;
  issuer: 'party' | 'state';
  status: 'draft' | 'issued';
  date: string;
  created_by: string;
  created_at: string;
  number: string | null;
  issued_on: string | null;
  signer: string | null;
  sections: DraftSection[];
  files: { format: string; sha256: string; href: string }[];
}

export const documentHref = (id: number, format: string) => `/api/v1/report-drafts/${id}/document?format=${format}`;
