// One project: what it is, its disbursement of a plan year month by month against the plan and
// the expected curve, by source, its milestones and progress, the decisions on its capital, its
// payments (confirm or cancel), the tasks that serve it, and the IATI-style export.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Input, Popconfirm, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';

import { api, type Disbursement, type ProjectDetail } from '../api';
import { FilesPanel } from '../components/FilesPanel';
import { QueryState } from '../components/States';
import { IllustrativeTag } from '../components/Tags';
import { TaskStatusTag } from '../components/TaskStatusTag';
import { formatDate, formatMoney, formatPercent } from '../format';
import { useI18n } from '../i18n';
import { paths } from '../paths';
import { can, useMe } from '../session';
import { cumulativeOption } from './projects/charts';
import { DisbursementModal } from './projects/DisbursementModal';
import { kindName, levelName, sourceName, stageName } from './projects/labels';
import { PlanModal, type PlanAction } from './projects/PlanModal';
import { ProgressModal, type WorkAction } from './projects/ProgressModal';
import { ProjectModal } from './projects/ProjectModal';
import { RateBar } from './projects/RateBar';

const EChart = lazy(() => import('../components/EChart'));

function Payments({ project }: { project: ProjectDetail }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const change = useMutation({
    mutationFn: ({ d, status }: { d: Disbursement; status: string }) =>
      api('PATCH', `/api/v1/projects/${encodeURIComponent(project.code)}/disbursements/${d.id}`, { status, version: d.version, note: status === 'cancelled' ? reason : undefined }),
    onSuccess: async () => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: ['projects'] });
    },
    onError: (e: Error) => message.error(e.message),
  });
  const mayWrite = can(me.data, 'projects.write');
  const rows = project.disbursements.filter((d) => d.plan_year === project.plan_year).reverse();
  return (
    <Table<Disbursement> size="small" rowKey="id" dataSource={rows} pagination={{ pageSize: 12, hideOnSinglePage: true }} scroll={{ x: true }}
      locale={{ emptyText: t('noData') }}
      columns={[
        { title: t('paidOn'), dataIndex: 'paid_on', render: (v: string) => formatDate(v) },
        { title: t('fundingSource'), dataIndex: 'source', render: (v: string) => sourceName(t, v) },
        { title: t('paid'), dataIndex: 'amount', align: 'right', render: (v: number) => formatMoney(v, lang) },
        { title: t('paymentState'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'estimate' ? 'orange' : s === 'cancelled' ? 'default' : 'green'}>{t(s === 'estimate' ? 'paidEstimate' : s === 'cancelled' ? 'cancelled' : 'confirmed')}</Tag> },
        { title: t('paymentDocument'), dataIndex: 'document', responsive: ['md'] },
        ...(mayWrite ? [{ title: '', key: 'actions', render: (_: unknown, d: Disbursement) => d.status !== 'cancelled' && (
          <Space>
            {d.status === 'estimate' && <Button size="small" onClick={() => change.mutate({ d, status: 'confirmed' })}>{t('confirmPayment')}</Button>}
            <Popconfirm title={<Input placeholder={t('cancelReason')} value={reason} onChange={(e) => setReason(e.target.value)} />}
              okButtonProps={{ disabled: !reason }} onConfirm={() => change.mutate({ d, status: 'cancelled' })}>
              <Button size="small" danger>{t('cancelPayment')}</Button>
            </Popconfirm>
          </Space>
        ) }] : []),
      ]} />
  );
}

export default function ProjectPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? new Date().getFullYear());
  const [disbursing, setDisbursing] = useState(false);
  const [planAction, setPlanAction] = useState<PlanAction | null>(null);
  const [workAction, setWorkAction] = useState<WorkAction | null>(null);
  const [editing, setEditing] = useState(false);
  const query = useQuery({ queryKey: ['projects', 'detail', code, year],
    queryFn: () => api<ProjectDetail>('GET', `/api/v1/projects/${encodeURIComponent(code)}?year=${year}`) });
  const d = query.data;
  const option = useMemo(() => d && cumulativeOption(d.months, d.summary.plan_allocated,
    { paid: t('cumulativePaid'), plan: t('planAllocated'), expected: t('expectedCurve'), afterYear: t('afterYear') }, lang), [d, t, lang]);
  const years = d ? Array.from({ length: d.end_year - d.start_year + 2 }, (_, i) => d.start_year + i) : [year];
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, lang));

  const documents = d ? [
    ...(d.decision ? [{ key: 'decision', what: t('investmentDecision'), number: d.decision, date: '' }] : []),
    ...d.capital_plans.map((p) => ({ key: `p${p.id}`, what: `${kindName(t, p.kind)} ${p.year_from}${p.year_to !== p.year_from ? `–${p.year_to}` : ''} · ${sourceName(t, p.source)}${p.kind === 'annual' ? ` · ${levelName(t, p.level)}` : ''}: ${formatMoney(p.amount, lang)}`, number: p.decision, date: p.decision_date })),
    ...d.extensions.map((e) => ({ key: `e${e.id}`, what: `${t('extension')} ${e.plan_year} ${e.source ? sourceName(t, e.source) : ''} → ${formatDate(e.until)}`, number: e.basis, date: e.decision_date })),
  ] : [];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to={`${paths.projects}?year=${year}`}>{t('projects')}</Link> }, { title: code }]} />
      <QueryState isPending={query.isPending} error={query.error} refetch={query.refetch} />
      {d && (
        <>
          <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="project-title">{d.name} {d.illustrative && <IllustrativeTag source={d.source} />}</Typography.Title>
            <Space wrap>
              <Select aria-label={t('planYear')} value={year} style={{ width: 110 }} options={years.map((y) => ({ value: y, label: String(y) }))}
                onChange={(v) => setParams({ year: String(v) })} />
              {can(me.data, 'projects.write') && <Button type="primary" onClick={() => setDisbursing(true)} data-testid="new-disbursement">{t('newDisbursement')}</Button>}
              {can(me.data, 'projects.write') && <Button onClick={() => setEditing(true)}>{t('editProject')}</Button>}
              {can(me.data, 'projects.plan') && <Button onClick={() => setPlanAction('plan')}>{t('capitalPlanAction')}</Button>}
              {can(me.data, 'projects.plan') && <Button onClick={() => setPlanAction('extension')}>{t('extendWindow')}</Button>}
              <Button href={`/api/v1/projects/${encodeURIComponent(d.code)}/iati`}>{t('exportIati')}</Button>
            </Space>
          </Space>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <Card>
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={t('code')}>{d.code} · {t('projectGroup')} {d.group}</Descriptions.Item>
                  <Descriptions.Item label={t('stage')}><Tag>{stageName(t, d.stage)}</Tag></Descriptions.Item>
                  <Descriptions.Item label={t('investor')}>{d.investor}</Descriptions.Item>
                  <Descriptions.Item label={t('managingUnit')}>{d.managing_unit_name ?? d.managing_unit}</Descriptions.Item>
                  <Descriptions.Item label={t('totalInvestment')}>{formatMoney(d.total_investment, lang)}</Descriptions.Item>
                  <Descriptions.Item label={t('fundingSources')}>{d.funding.map((f) => `${sourceName(t, f.source)}: ${formatMoney(f.amount, lang)}`).join('; ')}</Descriptions.Item>
                  <Descriptions.Item label={t('implementationYears')}>{d.start_year}–{d.end_year}</Descriptions.Item>
                  <Descriptions.Item label={t('windowEnds')}>{formatDate(d.window.ends)}</Descriptions.Item>
                  {d.progress.length > 0 && (
                    <Descriptions.Item label={t('physicalProgress')}>
                      {formatPercent(d.progress[d.progress.length - 1].percent, lang)} ({formatDate(d.progress[d.progress.length - 1].as_of)})
                    </Descriptions.Item>
                  )}
                </Descriptions>
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card title={`${t('planYear')} ${d.plan_year}`}>
                <Row gutter={[16, 16]}>
                  <Col xs={12} md={8}><Statistic title={t('planAllocated')} value={formatMoney(d.summary.plan_allocated, lang)} /></Col>
                  <Col xs={12} md={8}><Statistic title={t('planAssigned')} value={formatMoney(d.summary.plan_assigned, lang)} /></Col>
                  <Col xs={12} md={8}><Statistic title={t('paid')} value={formatMoney(d.summary.paid, lang)} /></Col>
                  <Col xs={24} md={16}>
                    <Typography.Text type="secondary">{t('rateAllocated')}</Typography.Text>
                    <RateBar rate={d.summary.rate_allocated} lag={d.lag} testId="project-rate" />
                  </Col>
                  <Col xs={12} md={8}><Statistic title={t('rateAssigned')} value={pct(d.summary.rate_assigned)} /></Col>
                </Row>
                {d.lag && <Alert type="warning" showIcon style={{ marginTop: 12 }}
                  message={`${t('laggingAt')} ${d.lag.month}: ${formatPercent(d.lag.actual_percent, lang)} < ${formatPercent(d.lag.expected_percent, lang)}`} />}
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card title={t('cumulativePaid')}>
                {option && <Suspense fallback={null}><EChart option={option} label={t('cumulativePaid')} height={300} /></Suspense>}
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card title={t('fundingSources')}>
                <Table size="small" rowKey="source" pagination={false} dataSource={d.sources} locale={{ emptyText: t('noData') }}
                  columns={[
                    { title: t('fundingSource'), dataIndex: 'source', render: (v: string) => sourceName(t, v) },
                    { title: t('planAllocated'), dataIndex: 'plan_allocated', align: 'right', render: (v: number) => formatMoney(v, lang) },
                    { title: t('paid'), dataIndex: 'paid', align: 'right', render: (v: number) => formatMoney(v, lang) },
                    { title: '%', dataIndex: 'rate_allocated', align: 'right', render: pct },
                  ]} />
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card title={t('disbursements')}><Payments project={d} /></Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card title={t('milestones')} extra={can(me.data, 'projects.write') && (
                <Space>
                  <Button size="small" onClick={() => setWorkAction({ kind: 'milestone' })}>{t('addMilestone')}</Button>
                  <Button size="small" onClick={() => setWorkAction({ kind: 'progress' })}>{t('reportWorks')}</Button>
                </Space>
              )}>
                <Table size="small" rowKey="id" pagination={false} dataSource={d.milestones} locale={{ emptyText: t('noData') }}
                  columns={[
                    { title: t('name'), dataIndex: 'name' },
                    { title: t('plannedOn'), dataIndex: 'planned_on', render: (v: string) => formatDate(v) },
                    { title: t('actualOn'), dataIndex: 'actual_on', render: (v: string | null, m) => v ? formatDate(v) : (
                      <Space>
                        {m.planned_on < d.today && <Tag color="red">{t('overdue')}</Tag>}
                        {can(me.data, 'projects.write') && <a onClick={() => setWorkAction({ kind: 'milestone', milestone: m })}>{t('recordActual')}</a>}
                      </Space>
                    ) },
                  ]} />
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card title={t('documents')}>
                <Table size="small" rowKey="key" pagination={{ pageSize: 8, hideOnSinglePage: true }} dataSource={documents}
                  columns={[
                    { title: t('decisionNumber'), dataIndex: 'number' },
                    { title: t('decisionDate'), dataIndex: 'date', render: (v: string) => formatDate(v) },
                    { title: t('contents'), dataIndex: 'what' },
                  ]} />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card title={t('linkedTasks')}>
                {d.tasks.length === 0 && <Typography.Text type="secondary">{t('noData')}</Typography.Text>}
                {d.tasks.map((task) => (
                  <div key={task.id}><Link to={`${paths.tasks}?task=${task.id}`}>{task.title}</Link> <TaskStatusTag status={task.status} /></div>
                ))}
              </Card>
            </Col>
          </Row>
          <FilesPanel record={`/api/v1/projects/${encodeURIComponent(d.code)}`} canWrite={can(me.data, 'projects.write')} />
          {disbursing && <DisbursementModal project={d} onClose={() => setDisbursing(false)} />}
          {planAction && <PlanModal project={d} action={planAction} onClose={() => setPlanAction(null)} />}
          {workAction && <ProgressModal project={d} action={workAction} onClose={() => setWorkAction(null)} />}
          {editing && <ProjectModal project={d} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
        </>
      )}
    </Space>
  );
}
