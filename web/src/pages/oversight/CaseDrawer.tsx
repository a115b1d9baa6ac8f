// One case: its decision, team, subjects, conclusion and remedies; the conclusion is recorded
// here, and each remedy marked done when carried out.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, List, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';

import { api, ApiError } from '../../api';
import { FilesPanel } from '../../components/FilesPanel';
import { QueryState } from '../../components/States';
import { formatDate } from '../../format';
import { ConclusionForm } from './ConclusionForm';
import type { Case, Remedy } from './types';
import { useUnitsAt } from './units';
import { useWords } from './words';

export function CaseDrawer({ id, canWrite, onClose }: { id: number; canWrite: boolean; onClose: () => void }) {
  const { w, name } = useWords();
  const queryClient = useQueryClient();
  const found = useQuery({ queryKey: ['oversight', 'case', id], queryFn: () => api<Case>('GET', `/api/v1/oversight/cases/${id}`) });
  const k = found.data;
  const units = useUnitsAt(k?.decided_on ?? dayjs().format('YYYY-MM-DD'));
  const done = useMutation({
    mutationFn: (r: Remedy) => api('PATCH', `/api/v1/oversight/cases/${id}/remedies/${r.id}`, { done_on: dayjs().format('YYYY-MM-DD'), version: r.version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['oversight'] }),
  });
  const error = done.error as ApiError | null;
  return (
    <Drawer open onClose={onClose} width={Math.min(640, window.innerWidth)} title={k ? `${name(k.kind)} · ${k.decision}` : ''}>
      <QueryState isPending={found.isPending} error={found.error} />
      {error && <Alert type="error" showIcon message={error.detail} style={{ marginBottom: 12 }} />}
      {k && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={w.decision}>{k.decision} · {formatDate(k.decided_on)}</Descriptions.Item>
            <Descriptions.Item label={w.type}>{name(k.type)}</Descriptions.Item>
            <Descriptions.Item label={w.body}>{units.name(k.body)}</Descriptions.Item>
            {k.team && <Descriptions.Item label={w.team}>{k.team}</Descriptions.Item>}
            {k.period_from && <Descriptions.Item label={w.periodCovered}>{formatDate(k.period_from)} – {formatDate(k.period_to)}</Descriptions.Item>}
            <Descriptions.Item label={w.subjects}>
              {k.subjects.map((s) => <Tag key={`${s.kind}-${s.code}`}>{s.kind === 'organisation' ? units.name(s.code) : s.code}</Tag>)}
            </Descriptions.Item>
            <Descriptions.Item label={w.conclusion}>
              {k.conclusion ? <>{k.conclusion} ({formatDate(k.concluded_on)})</> : <Tag>{w.notYet}</Tag>}
            </Descriptions.Item>
            {k.recommendations && <Descriptions.Item label={w.recommendations}>{k.recommendations}</Descriptions.Item>}
          </Descriptions>
          {!k.conclusion && canWrite && <ConclusionForm k={k} />}
          {k.remedies.length > 0 && (
            <List header={<Typography.Text strong>{w.remedies}</Typography.Text>} size="small" bordered dataSource={k.remedies}
              renderItem={(r) => (
                <List.Item actions={[r.done_on ? <Tag color="green" key="done">{w.done} {formatDate(r.done_on)}</Tag>
                  : canWrite && <Button key="mark" size="small" onClick={() => done.mutate(r)} loading={done.isPending}>{w.markDone}</Button>]}>
                  {r.content}{r.due && <Typography.Text type="secondary"> · {w.due} {formatDate(r.due)}</Typography.Text>}
                </List.Item>
              )} />
          )}
          <FilesPanel record={`/api/v1/oversight/cases/${id}`} canWrite={canWrite} />
        </Space>
      )}
    </Drawer>
  );
}
