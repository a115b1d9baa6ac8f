// A draft open for writing: the officer's parts on the left, the document as it will print on the
// right (refreshed after each save), issuing; once issued, the text is read-only and the files as
// issued are downloaded with their SHA-256.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';

import { api } from '../../api';
import { QueryState } from '../../components/States';
import { formatDate } from '../../format';
import { can, useMe } from '../../session';
import { IssueModal } from './IssueModal';
import { SectionEditor } from './SectionEditor';
import { documentHref, type Draft } from './types';
import { useWords } from './words';

const formats = [['docx', 'Word (DOCX)'], ['pdf', 'PDF'], ['xlsx', 'Excel (XLSX)'], ['html', 'HTML']] as const;

export function DraftEditor({ id, onBack }: { id: number; onBack: () => void }) {
  const w = useWords();
  const me = useMe();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(0);
  const [issuing, setIssuing] = useState(false);
  const draft = useQuery({ queryKey: ['report-draft', id], queryFn: () => api<Draft>('GET', `/api/v1/report-drafts/${id}`) });
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['report-draft', id] });
    await queryClient.invalidateQueries({ queryKey: ['report-drafts'] });
    setShown((n) => n + 1);
  };
  if (!draft.data) return <QueryState isPending={draft.isPending} error={draft.error} refetch={draft.refetch} />;
  const d = draft.data;
  const issued = d.status === 'issued';
  const writable = !issued && can(me.data, 'reports.write');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={onBack}>{w.back}</Button>
        <Tag color={issued ? 'green' : 'blue'} data-testid="draft-status">{issued ? w.issued : w.draft}</Tag>
        {!issued && can(me.data, 'reports.issue') && (
          <Button type="primary" onClick={() => setIssuing(true)} data-testid="issue-draft">{w.issue}</Button>
        )}
        {formats.map(([format, label]) => (
          <Button key={format} href={documentHref(d.id, format)} target={format === 'html' ? '_blank' : undefined}
            data-testid={`draft-${format}`}>{label}</Button>
        ))}
      </Space>
      {issued && (
        <Descriptions size="small" bordered column={1} data-testid="issued-info">
          <Descriptions.Item label={w.issuedOn}>{`Số ${d.number} · ${formatDate(d.issued_on)} · ${w.signedBy} ${d.signer}`}</Descriptions.Item>
          <Descriptions.Item label={w.files}>
            {d.files.map((f) => <div key={f.format}><Typography.Text code>{f.format}</Typography.Text> SHA-256 {f.sha256}</div>)}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card size="small" title={w.sections}>
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              {d.sections.map((s) => (
                <SectionEditor key={s.key} draftId={d.id} section={s} readOnly={!writable} onSaved={refresh} />
              ))}
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title={w.preview}>
            <iframe key={shown} title={w.preview} src={`${documentHref(d.id, 'html')}&v=${shown}`} data-testid="draft-preview"
              style={{ width: '100%', height: 900, border: '1px solid #d9d9d9', background: '#fff' }} />
          </Card>
        </Col>
      </Row>
      {issuing && <IssueModal draft={d} open={issuing} onClose={() => setIssuing(false)} onIssued={refresh} />}
    </Space>
  );
}
