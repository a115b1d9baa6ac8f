// One case: its decision, team, subjects, conclusion and remedies; the conclusion is recorded
// here, and each remedy marked done when carried out.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, List, Space, Tag, Typography } from 'antd';

import { useI18n } from '../../i18n';
import { errorText, QueryState } from '../../components/States';
import { formatDate, todayInVietnam } from '../../format';
import { FilesPanel } from '../files/FilesPanel';
import { fileRecord } from '../files/api';
import { ConclusionForm } from './ConclusionForm';
import { oversightKeys, oversightQueries, remedyDone, type Remedy } from './api';
import { useUnits } from '../units/useUnits';


export function CaseDrawer({ id, canWrite, onClose }: { id: number; canWrite: boolean; onClose: () => void }) {
  const { t, name } = useI18n();
  
  const queryClient = useQueryClient();
  const found = useQuery(oversightQueries.case(id));
  const k = found.data;
  const units = useUnits(k?.decided_on ?? todayInVietnam());
  const done = useMutation({
    mutationFn: (r: Remedy) => remedyDone(id, r, todayInVietnam()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: oversightKeys.all }),
  });
  const error = done.error;
  return (
    <Drawer open onClose={onClose} width={Math.min(640, window.innerWidth)} title={k ? `${name('caseKind', k.kind)} · ${k.decision}` : ''}>
      <QueryState isPending={found.isPending} error={found.error} />
      {error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      {k && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('decision')}>{k.decision} · {formatDate(k.decided_on)}</Descriptions.Item>
            <Descriptions.Item label={t('caseType')}>{name('caseType', k.type)}</Descriptions.Item>
            <Descriptions.Item label={t('body')}>{units.name(k.body)}</Descriptions.Item>
            {k.team && <Descriptions.Item label={t('team')}>{k.team}</Descriptions.Item>}
            {k.period_from && <Descriptions.Item label={t('periodCovered')}>{formatDate(k.period_from)} – {formatDate(k.period_to)}</Descriptions.Item>}
            <Descriptions.Item label={t('subjects')}>
              {k.subjects.map((s) => <Tag key={`${s.kind}-${s.code}`}>{s.kind === 'organisation' ? units.name(s.code) : s.code}</Tag>)}
            </Descriptions.Item>
            <Descriptions.Item label={t('conclusion')}>
              {k.conclusion ? <>{k.conclusion} ({formatDate(k.concluded_on)})</> : <Tag>{t('notYet')}</Tag>}
            </Descriptions.Item>
            {k.recommendations && <Descriptions.Item label={t('recommendations')}>{k.recommendations}</Descriptions.Item>}
          </Descriptions>
          {!k.conclusion && canWrite && <ConclusionForm k={k} />}
          {k.remedies.length > 0 && (
            <List header={<Typography.Text strong>{t('remedies')}</Typography.Text>} size="small" bordered dataSource={k.remedies}
              renderItem={(r) => (
                <List.Item actions={[r.done_on ? <Tag color="green" key="done">{t('remedyDone')} {formatDate(r.done_on)}</Tag>
                  : canWrite && <Button key="mark" size="small" onClick={() => done.mutate(r)} loading={done.isPending}>{t('markDone')}</Button>]}>
                  {r.content}{r.due && <Typography.Text type="secondary"> · {t('remedyDue')} {formatDate(r.due)}</Typography.Text>}
                </List.Item>
              )} />
          )}
          <FilesPanel record={fileRecord.oversightCase(id)} canWrite={canWrite} />
        </Space>
      )}
    </Drawer>
  );
}
