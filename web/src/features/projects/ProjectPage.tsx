// One project: what it is, its disbursement of a plan year month by month against the plan and
// the expected curve, by source, its milestones and progress, the decisions on its capital, its
// payments (confirm or cancel), the tasks that serve it, and the IATI-style export.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Input, Popconfirm, Row, Space, Statistic, Table, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';

import { PageHeader } from '../../components/PageHeader';
import { errorText, QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { ToneTag } from '../../components/ToneTag';
import { YearPicker } from '../../components/YearPicker';
import { formatDate, formatMoney, formatPercent, todayInVietnam } from '../../format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { can, useMe } from '../auth/session';
import { fileRecord } from '../files/api';
import { FilesPanel } from '../files/FilesPanel';
import { TaskStatusTag } from '../tasks/TaskStatus';
import { changeDisbursement, iatiHref, projectKeys, projectQueries, type Disbursement, type ProjectDetail } from './api';
import { cumulativeOption } from './charts';
import { DisbursementModal } from './DisbursementModal';
import { moneyColumn } from './money';
import { PlanModal, type PlanAction } from './PlanModal';
import { ProgressModal, type WorkAction } from './ProgressModal';
import { ProjectModal } from './ProjectModal';
import { RateBar } from './RateBar';
import { SourcesTable } from './SourcesTable';

const EChart = lazy(() => import('../../components/EChart'));
const paymentTone = { estimate: 'warning', confirmed: 'success', cancelled: 'neutral' } as const;

function Payments({ project }: { project: ProjectDetail }) {
  const { t, lang, name } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const change = useMutation({
    mutationFn: ({ d, status }: { d: Disbursement; status: string }) => changeDisbursement(project.code, d, status, status === 'cancelled' ? reason : undefined),
    onSuccess: async () => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: projectKeys.all });
    },
    onError: (e: Error) => message.error(errorText(e, t)),
  });
  const mayWrite = can(me.data, 'projects.write');
  const rows = project.disbursements.filter((d) => d.plan_year === project.plan_year).reverse();
  return (
    <Table<Disbursement> size="small" rowKey="id" dataSource={rows} pagination={{ pageSize: 12, hideOnSinglePage: true }} scroll={{ x: true }}
      locale={{ emptyText: t('noData') }}
      columns={[
        { title: t('paidOn'), dataIndex: 'paid_on', render: (v: string) => formatDate(v) },
        { title: t('fundingSource'), dataIndex: 'source', render: (v: string) => name('fundingSource', v) },
        moneyColumn<Disbursement>('amount', t('paid'), rows, (d) => d.amount, lang),
        { title: t('paymentState'), dataIndex: 'status', render: (s: Disbursement['status']) => <ToneTag tone={paymentTone[s]}>{name('paymentStatus', s)}</ToneTag> },
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
  const { t, lang, name } = useI18n();
  const me = useMe();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? todayInVietnam().slice(0, 4));
  const [disbursing, setDisbursing] = useState(false);
  const [planAction, setPlanAction] = useState<PlanAction | null>(null);
  const [workAction, setWorkAction] = useState<WorkAction | null>(null);
  const [editing, setEditing] = useState(false);
  const query = useQuery(projectQueries.detail(code, year));
  const d = query.data;
  const option = useMemo(() => d && cumulativeOption(d.months, d.summary.plan_allocated,
    { paid: t('cumulativePaid'), plan: t('planAllocated'), expected: t('expectedCurve'), afterYear: t('afterYear') }, lang), [d, t, lang]);
  const years = d ? Array.from({ length: d.end_year - d.start_year + 2 }, (_, i) => d.start_year + i) : [year];
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, lang));

  const documents = d ? [
    ...(d.decision ? [{ key: 'decision', what: t('investmentDecision'), number: d.decision, date: '' }] : []),
    ...d.capital_plans.map((p) => ({ key: `p${p.id}`, what: `${name('planKind', p.kind)} ${p.year_from}${p.year_to !== p.year_from ? `–${p.year_to}` : ''} · ${name('fundingSource', p.source)}${p.kind === 'annual' ? ` · ${name('planLevel', p.level)}` : ''}: ${formatMoney(p.amount, lang)}`, number: p.decision, date: p.decision_date })),
    ...d.extensions.map((e) => ({ key: `e${e.id}`, what: `${t('extension')} ${e.plan_year} ${e.source ? name('fundingSource', e.source) : ''} → ${formatDate(e.until)}`, number: e.basis, date: e.decision_date })),
  ] : [];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to={`${paths.projects}?year=${year}`}>{t('projects')}</Link> }, { title: code }]} />
      <QueryState isPending={query.isPending} error={query.error} refetch={query.refetch} />
      {d && (
        <>
          <PageHeader testId="project-title" title={<>{d.name} {d.illustrative && <IllustrativeTag source={d.source} />}</>} extra={
            <Space wrap>
              <YearPicker id="plan-year" value={year} years={years} onChange={(v) => setParams({ year: String(v) })} />
              {can(me.data, 'projects.write') && <Button type="primary" onClick={() => setDisbursing(true)} data-testid="new-disbursement">{t('newDisbursement')}</Button>}
              {can(me.data, 'projects.write') && <Button onClick={() => setEditing(true)}>{t('editProject')}</Button>}
              {can(me.data, 'projects.plan') && <Button onClick={() => setPlanAction('plan')}>{t('capitalPlanAction')}</Button>}
              {can(me.data, 'projects.plan') && <Button onClick={() => setPlanAction('extension')}>{t('extendWindow')}</Button>}
              <Button href={iatiHref(d.code)}>{t('exportIati')}</Button>
            </Space>
          } />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <Card>
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={t('code')}>{d.code} · {t('projectGroup')} {d.group}</Descriptions.Item>
                  <Descriptions.Item label={t('stage')}><ToneTag tone="neutral">{name('stage', d.stage)}</ToneTag></Descriptions.Item>
                  <Descriptions.Item label={t('investor')}>{d.investor}</Descriptions.Item>
                  <Descriptions.Item label={t('managingUnit')}>{d.managing_unit_name ?? d.managing_unit}</Descriptions.Item>
                  <Descriptions.Item label={t('totalInvestment')}>{formatMoney(d.total_investment, lang)}</Descriptions.Item>
                  <Descriptions.Item label={t('fundingSources')}>{d.funding.map((f) => `${name('fundingSource', f.source)}: ${formatMoney(f.amount, lang)}`).join('; ')}</Descriptions.Item>
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
                    <RateBar rate={d.summary.rate_allocated} label={t('rateAllocated')} lag={d.lag} testId="project-rate" />
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
                <SourcesTable sources={d.sources} />
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
                        {m.planned_on < d.today && <ToneTag tone="danger">{name('taskStatus', 'overdue')}</ToneTag>}
                        {can(me.data, 'projects.write') && (
                          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setWorkAction({ kind: 'milestone', milestone: m })}>{t('recordActual')}</Button>
                        )}
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
                  <div key={task.id}><Link to={`${paths.tasks}?open=${task.id}`}>{task.title}</Link> <TaskStatusTag status={task.status} /></div>
                ))}
              </Card>
            </Col>
          </Row>
          <FilesPanel record={fileRecord.project(d.code)} canWrite={can(me.data, 'projects.write')} />
          {disbursing && <DisbursementModal project={d} onClose={() => setDisbursing(false)} />}
          {planAction && <PlanModal project={d} action={planAction} onClose={() => setPlanAction(null)} />}
          {workAction && <ProgressModal project={d} action={workAction} onClose={() => setWorkAction(null)} />}
          {editing && <ProjectModal project={d} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
        </>
      )}
    </Space>
  );
}
