// Việc còn dở: what a closed unit (and the units under it on its last day) left open — tasks it
// led, letters it handled, projects it managed, a party organisation's members — and their handover
// to the units that took over.
// Each row's receiving unit is chosen on the row; one button hands over every row with a choice.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';

import { ResponsiveTable } from '../../components/ResponsiveTable';
import { errorText, QueryState } from '../../components/States';
import { ToneTag } from '../../components/ToneTag';
import { formatDate } from '../../format';
import { useI18n, type EnumName } from '../../i18n';
import { handOver, openWorkQuery, type OpenWorkItem } from './api';

const statusList: Record<string, EnumName> = {
  task: 'taskStatus', petition: 'petitionStatus', project: 'stage', party_member: 'memberStatus',
};
const rowKey = (i: OpenWorkItem) => `${i.kind}:${i.key}`;

export default function OpenWorkCard({ code }: { code: string }) {
  const { t, name } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const work = useQuery(openWorkQuery(code));
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const takerName = new Map((work.data?.takers ?? []).map((u) => [u.code, u.name]));
  const movable = (work.data?.items ?? []).filter((i) => i.can_hand_over);
  const picked = movable.filter((i) => chosen[rowKey(i)]);
  const save = useMutation({
    mutationFn: () => handOver(code, picked.map((i) => ({ kind: i.kind, key: i.key, to: chosen[rowKey(i)] }))),
    onSuccess: async (r) => {
      message.success(t('handedOver', { n: r.items.length }));
      setChosen({});
      await queryClient.invalidateQueries();
    },
  });
  const chooseAll = (to: string) =>
    setChosen(Object.fromEntries(movable.filter((i) => i.takers.includes(to)).map((i) => [rowKey(i), to])));
  const takerOptions = (codes: string[]) => codes.map((c) => ({ value: c, label: `${takerName.get(c) ?? c} (${c})` }));

  return (
    <Card title={<h2 className="card-heading">{t('openWork')} — {work.data?.name ?? code}</h2>} data-testid="open-work">
      <QueryState isPending={work.isPending} error={work.error} refetch={work.refetch} />
      {work.data && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {work.data.items.length === 0 ? t('openWorkNone') : t('openWorkHint', { date: formatDate(work.data.closed_on) })}
          </Typography.Paragraph>
          {save.error && <Alert type="error" showIcon message={errorText(save.error, t)} />}
          {movable.length > 0 && (
            <Space wrap>
              <label className="picker">
                <span>{t('handOverAllTo')}</span>
                <Select id="hand-over-all" data-testid="hand-over-all" style={{ width: '100%', minWidth: 180, maxWidth: 300 }} placeholder={t('chooseUnit')}
                  options={takerOptions(work.data.takers.map((u) => u.code))} onChange={chooseAll} value={null} />
              </label>
              <Button type="primary" data-testid="hand-over" disabled={picked.length === 0} loading={save.isPending}
                onClick={() => save.mutate()}>
                {t('handOver', { n: picked.length })}
              </Button>
            </Space>
          )}
          {work.data.items.length > 0 && (
            <ResponsiveTable<OpenWorkItem>
              size="small"
              rowKey={rowKey}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={work.data.items}
              scroll={{ x: true }}
              data-testid="open-work-items"
              columns={[
                {
                  title: t('openWorkItem'),
                  key: 'title',
                  render: (_, i) => (
                    <>
                      <ToneTag tone="neutral">{name('searchKind', i.kind)}</ToneTag> <Link to={i.url}>{i.title}</Link>
                    </>
                  ),
                },
                { title: t('heldBy'), key: 'unit', render: (_, i) => `${i.unit_name} (${i.unit})` },
                {
                  title: t('status'),
                  key: 'status',
                  render: (_, i) => (
                    <>
                      {statusList[i.kind] ? name(statusList[i.kind], i.status) : i.status}
                      {i.due && <Typography.Text type="secondary"> · {t('dueOn', { date: formatDate(i.due) })}</Typography.Text>}
                    </>
                  ),
                },
                {
                  title: t('handOverTo'),
                  key: 'to',
                  render: (_, i) =>
                    i.takers.length === 0 ? (
                      <Typography.Text type="secondary">{t('noTaker')}</Typography.Text>
                    ) : i.can_hand_over ? (
                      <Select aria-label={`${t('handOverTo')}: ${i.title}`} data-testid={`to-${rowKey(i)}`} style={{ width: '100%', minWidth: 150, maxWidth: 260 }}
                        allowClear placeholder={t('chooseUnit')} options={takerOptions(i.takers)}
                        value={chosen[rowKey(i)] ?? null}
                        onChange={(v: string | undefined) =>
                          setChosen((c) => { const n = { ...c }; if (v) n[rowKey(i)] = v; else delete n[rowKey(i)]; return n; })} />
                    ) : (
                      <Typography.Text type="secondary">{t('handOverNotAllowed')}</Typography.Text>
                    ),
                },
              ]}
            />
          )}
        </Space>
      )}
    </Card>
  );
}
