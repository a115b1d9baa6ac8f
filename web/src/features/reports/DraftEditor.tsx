// A draft open for writing: the officer's parts on the left, the document as it will print on the
// right (refreshed after each save), issuing; once issued, the text is read-only and the files as
// issued are listed with their SHA-256, and the signed copy (a scan of the paper) is attached.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useState } from 'react';

import { QueryState } from '../../components/States';
import { ToneTag } from '../../components/ToneTag';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { can, useMe } from '../auth/session';
import { fileRecord } from '../files/api';
import { FilesPanel } from '../files/FilesPanel';
import { draftDocumentHref, draftKeys, draftQueries } from './api';
import { IssueModal } from './IssueModal';
import { SectionEditor } from './SectionEditor';

const formats = [['docx', 'Word (DOCX)'], ['pdf', 'PDF'], ['xlsx', 'Excel (XLSX)'], ['html', 'HTML']] as const;

export function DraftEditor({ id, onBack }: { id: number; onBack: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(0);
  const [issuing, setIssuing] = useState(false);
  const draft = useQuery(draftQueries.one(id));
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: draftKeys.all });
    setShown((n) => n + 1);
  };
  if (!draft.data) return <QueryState isPending={draft.isPending} error={draft.error} refetch={draft.refetch} />;
  const d = draft.data;
  const issued = d.status === 'issued';
  const writable = !issued && can(me.data, 'reports.write');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={onBack}>{t('draftBack')}</Button>
        <ToneTag tone={issued ? 'success' : 'info'} data-testid="draft-status">{issued ? t('draftStatusIssued') : t('draftStatusDraft')}</ToneTag>
        {!issued && can(me.data, 'reports.issue') && (
          <Button type="primary" onClick={() => setIssuing(true)} data-testid="issue-draft">{t('draftIssue')}</Button>
        )}
        {formats.map(([format, label]) => (
          <Button key={format} href={draftDocumentHref(d.id, format)} target={format === 'html' ? '_blank' : undefined}
            data-testid={`draft-${format}`}>{label}</Button>
        ))}
      </Space>
      {issued && (
        <Descriptions size="small" bordered column={1} data-testid="issued-info">
          <Descriptions.Item label={t('draftIssuedOn')}>
            {t('draftIssuedText', { number: d.number ?? '', date: formatDate(d.issued_on), signer: d.signer ?? '' })}
          </Descriptions.Item>
          <Descriptions.Item label={t('draftFiles')}>
            {d.files.map((f) => <div key={f.format} style={{ overflowWrap: 'anywhere' }}><Typography.Text code>{f.format}</Typography.Text> SHA-256 {f.sha256}</div>)}
          </Descriptions.Item>
        </Descriptions>
      )}
      {issued && <FilesPanel record={fileRecord.report(d.id)} canWrite={can(me.data, 'reports.issue')} heading={3} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('draftSections')}>
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              {d.sections.map((s) => (
                <SectionEditor key={s.key} draftId={d.id} section={s} readOnly={!writable} onSaved={refresh} />
              ))}
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('draftPreview')}>
            <iframe key={shown} title={t('draftPreview')} src={`${draftDocumentHref(d.id, 'html')}&v=${shown}`} data-testid="draft-preview"
              style={{ width: '100%', height: 900, border: '1px solid #d9d9d9', background: '#fff' }} />
          </Card>
        </Col>
      </Row>
      {issuing && <IssueModal draft={d} open={issuing} onClose={() => setIssuing(false)} onIssued={refresh} />}
    </Space>
  );
}
