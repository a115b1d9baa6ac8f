// Dự án đầu tư công: the projects of a unit with their disbursement of a plan year, and the
// portfolio's overview. The unit, year and view are kept in the URL.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Empty, Segmented, Select, Space, Table, Tag, Typography, TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';

import { api, type Disbursement, type Items, type Portfolio as PortfolioData, type ProjectRow } from '../api';
import { ImportModal } from '../components/ImportModal';
import { QueryState } from '../components/States';
import { IllustrativeTag } from '../components/Tags';
import { allUnits, unitTree } from '../components/UnitPeriodPicker';
import { formatDate, formatMoney } from '../format';
import { useI18n } from '../i18n';
import { paths } from '../paths';
import { can, useMe } from '../session';
import { sourceName, stageName } from './projects/labels';
import { ProjectModal } from './projects/ProjectModal';
import { Portfolio } from './projects/Portfolio';
import { RateBar } from './projects/RateBar';

export default function ProjectsPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const unit = params.get('unit') ?? me.data?.unit ?? '42';
  const year = Number(params.get('year') ?? thisYear);
  const view = params.get('view') ?? 'list';
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const set = (changes: Record<string, string>) => setParams({ ...Object.fromEntries(params), unit, year: String(year), view, ...changes });

  const units = useQuery({ queryKey: ['units', `${year}-12-31`], queryFn: () => allUnits(`${year}-12-31`) });
  const tree = useMemo(() => unitTree(units.data ?? []), [units.data]);
  const portfolio = useQuery({ queryKey: ['projects', 'portfolio', unit, year],
    queryFn: () => api<PortfolioData>('GET', `/api/v1/project-portfolio?unit=${encodeURIComponent(unit)}&year=${year}`) });
  // The list comes in pages of 500 projects; more are fetched when asked for.
  const list = useInfiniteQuery({ queryKey: ['projects', 'list', unit, year], enabled: view === 'list', initialPageParam: '',
    queryFn: ({ pageParam }) => api<Items<ProjectRow>>('GET', `/api/v1/projects?unit=${encodeURIComponent(unit)}&year=${year}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`),
    getNextPageParam: (last) => last.next ?? undefined });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  // Without a year in the address, the newest year with capital plans up to this one.
  const years = portfolio.data?.years ?? [];
  useEffect(() => {
    if (params.get('year') || years.length === 0 || years.includes(year)) return;
    const latest = years.filter((y) => y <= thisYear).pop() ?? years[years.length - 1];
    setParams({ ...Object.fromEntries(params), year: String(latest) }, { replace: true });
  }, [years, year, params, setParams, thisYear]);
  const yearOptions = [...new Set([...years, thisYear])].sort((a, b) => b - a).map((y) => ({ value: y, label: String(y) }));

  const columns = [
    { title: t('name'), dataIndex: 'name', render: (v: string, p: ProjectRow) => (
      <Space direction="vertical" size={0}>
        <Link to={`${paths.projects}/${encodeURIComponent(p.code)}?year=${year}`} data-testid={`project-${p.code}`}>{v}</Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{p.code} · {t('projectGroup')} {p.group} {p.illustrative && <IllustrativeTag source={p.source} />}</Typography.Text>
      </Space>
    ) },
    { title: t('stage'), dataIndex: 'stage', responsive: ['md' as const], render: (s: string) => <Tag>{stageName(t, s)}</Tag> },
    { title: t('planAllocated'), key: 'plan', align: 'right' as const, render: (_: unknown, p: ProjectRow) => formatMoney(p.year.plan_allocated, lang) },
    { title: t('paid'), key: 'paid', align: 'right' as const, render: (_: unknown, p: ProjectRow) => formatMoney(p.year.paid, lang) },
    { title: t('rateAllocated'), key: 'rate', render: (_: unknown, p: ProjectRow) => <RateBar rate={p.year.rate_allocated} lag={p.lag} testId={`rate-${p.code}`} /> },
    { title: t('rateAssigned'), key: 'assigned', responsive: ['lg' as const], render: (_: unknown, p: ProjectRow) => <RateBar rate={p.year.rate_assigned} /> },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('projects')}</Typography.Title>
        {can(me.data, 'projects.write') && (
          <Space wrap>
            <Button onClick={() => setImporting(true)}>{t('importDisbursements')}</Button>
            <Button type="primary" onClick={() => setCreating(true)} data-testid="new-project">{t('newProject')}</Button>
          </Space>
        )}
      </Space>
      <Space wrap>
        <TreeSelect aria-label={t('unit')} style={{ minWidth: 260 }} value={unit} treeData={tree} treeDefaultExpandAll showSearch
          treeNodeFilterProp="title" loading={units.isPending} onChange={(v) => set({ unit: v })} />
        <Select aria-label={t('year')} data-testid="project-year" style={{ width: 110 }} value={year} options={yearOptions} onChange={(v) => set({ year: String(v) })} />
        <Segmented value={view} onChange={(v) => set({ view: String(v) })}
          options={[{ value: 'list', label: t('projectList') }, { value: 'portfolio', label: t('portfolio') }]} />
      </Space>
      {view === 'list' && (
        <>
          <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch} />
          {list.data && (
            <Table rowKey="code" size="small" dataSource={rows} columns={columns} scroll={{ x: true }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }} locale={{ emptyText: <Empty description={t('noData')} /> }} />
          )}
          {list.hasNextPage && (
            <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage} style={{ alignSelf: 'center' }}>{t('loadMore')}</Button>
          )}
        </>
      )}
      {view === 'portfolio' && (
        <>
          <QueryState isPending={portfolio.isPending} error={portfolio.error} refetch={portfolio.refetch} />
          {portfolio.data && <Portfolio data={portfolio.data} />}
        </>
      )}
      {creating && <ProjectModal onClose={() => setCreating(false)} onSaved={(code) => navigate(`${paths.projects}/${encodeURIComponent(code)}?year=${year}`)} />}
      {importing && (
        <ImportModal<Disbursement & { project: string }> path="/api/v1/imports/disbursements" help={t('importDisbursementsHelp')}
          onClose={() => setImporting(false)} rowKey={(r) => String(r.id)}
          columns={[
            { title: t('projectCode'), dataIndex: 'project' },
            { title: t('planYear'), dataIndex: 'plan_year' },
            { title: t('fundingSource'), dataIndex: 'source', render: (v: string) => sourceName(t, v) },
            { title: t('paidOn'), dataIndex: 'paid_on', render: (v: string) => formatDate(v) },
            { title: t('paid'), dataIndex: 'amount', align: 'right', render: (v: number) => formatMoney(v, lang) },
          ]} />
      )}
    </Space>
  );
}
