// Dự án đầu tư công: the projects of a unit (the user's, else the city) with their disbursement of
// a plan year, and the portfolio's overview. The unit, year and view are kept in the URL.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Segmented, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';

import { ImportModal } from '../../components/ImportModal';
import { PageHeader } from '../../components/PageHeader';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { ToneTag } from '../../components/ToneTag';
import { UnitPicker } from '../../components/UnitPicker';
import { YearPicker } from '../../components/YearPicker';
import { formatDate, formatMoney, todayInVietnam } from '../../format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { useDefaultUnit } from '../../selection';
import { can, useMe } from '../auth/session';
import { disbursementsImportPath, projectQueries, type Disbursement, type ProjectRow } from './api';
import { moneyColumn } from './money';
import { Portfolio } from './Portfolio';
import { ProjectModal } from './ProjectModal';
import { RateBar } from './RateBar';

export default function ProjectsPage() {
  const { t, lang, name } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const defaultUnit = useDefaultUnit();
  const unit = params.get('unit') ?? defaultUnit ?? '';
  const year = Number(params.get('year') ?? thisYear);
  const view = params.get('view') ?? 'list';
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const set = (changes: Record<string, string>) => setParams({ ...Object.fromEntries(params), unit, year: String(year), view, ...changes });

  const portfolio = useQuery({ ...projectQueries.portfolio(unit, year), enabled: !!unit });
  // The list comes in pages of 500 projects; more are fetched when asked for.
  const list = useInfiniteQuery({ queryKey: projectQueries.listKey(unit, year), enabled: view === 'list' && !!unit, initialPageParam: '',
    queryFn: ({ pageParam }) => projectQueries.page(unit, year, pageParam), getNextPageParam: (last) => last.next ?? undefined });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  // Without a year in the address, the newest year with capital plans up to this one.
  const years = portfolio.data?.years ?? [];
  useEffect(() => {
    if (params.get('year') || years.length === 0 || years.includes(year)) return;
    const latest = years.filter((y) => y <= thisYear).pop() ?? years[years.length - 1];
    setParams({ ...Object.fromEntries(params), year: String(latest) }, { replace: true });
  }, [years, year, params, setParams, thisYear]);

  const columns = [
    { title: t('name'), dataIndex: 'name', render: (v: string, p: ProjectRow) => (
      <Space direction="vertical" size={0}>
        <Link to={`${paths.projects}/${encodeURIComponent(p.code)}?year=${year}`} data-testid={`project-${p.code}`}>{v}</Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{p.code} · {t('projectGroup')} {p.group} {p.illustrative && <IllustrativeTag source={p.source} />}</Typography.Text>
      </Space>
    ) },
    { title: t('stage'), dataIndex: 'stage', render: (s: string) => <ToneTag tone="neutral">{name('stage', s)}</ToneTag> },
    moneyColumn<ProjectRow>('plan', t('planAllocated'), rows, (p) => p.year.plan_allocated, lang),
    moneyColumn<ProjectRow>('paid', t('paid'), rows, (p) => p.year.paid, lang),
    { title: t('rateAllocated'), key: 'rate', render: (_: unknown, p: ProjectRow) => <RateBar rate={p.year.rate_allocated} label={t('rateAllocated')} lag={p.lag} testId={`rate-${p.code}`} /> },
    { title: t('rateAssigned'), key: 'assigned', render: (_: unknown, p: ProjectRow) => <RateBar rate={p.year.rate_assigned} label={t('rateAssigned')} /> },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('projects')} extra={can(me.data, 'projects.write') && (
        <Space wrap>
          <Button onClick={() => setImporting(true)}>{t('importDisbursements')}</Button>
          <Button type="primary" onClick={() => setCreating(true)} data-testid="new-project">{t('newProject')}</Button>
        </Space>
      )} />
      <Space wrap>
        <UnitPicker value={unit || undefined} at={`${year}-12-31`} onChange={(v) => v && set({ unit: v })} />
        <YearPicker id="project-year" value={year} years={[...years, thisYear]} onChange={(y) => set({ year: String(y) })} />
        <Segmented value={view} onChange={(v) => set({ view: String(v) })} aria-label={t('projects')}
          options={[{ value: 'list', label: t('projectList') }, { value: 'portfolio', label: t('portfolio') }]} />
      </Space>
      {view === 'list' && (
        <>
          <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch} />
          {list.data && (
            <ResponsiveTable<ProjectRow> rowKey="code" size="small" dataSource={rows} columns={columns} scroll={{ x: true }} data-testid="project-list"
              pagination={{ pageSize: 50, hideOnSinglePage: true }} locale={{ emptyText: t('noData') }} />
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
        <ImportModal<Disbursement> path={disbursementsImportPath} help={t('importDisbursementsHelp')}
          onClose={() => setImporting(false)} rowKey={(r) => String(r.id)}
          columns={[
            { title: t('projectCode'), dataIndex: 'project' },
            { title: t('planYear'), dataIndex: 'plan_year' },
            { title: t('fundingSource'), dataIndex: 'source', render: (v: string) => name('fundingSource', v) },
            { title: t('paidOn'), dataIndex: 'paid_on', render: (v: string) => formatDate(v) },
            { title: t('paid'), dataIndex: 'amount', align: 'right', render: (v: number) => formatMoney(v, lang) },
          ]} />
      )}
    </Space>
  );
}
