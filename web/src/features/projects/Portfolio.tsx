// A unit's disbursement of a plan year: totals against both plans, the figure the targets show,
// the rate month by month against last year, the sources, and the projects behind the curve.
import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router-dom';

import { IllustrativeTag } from '../../components/Tags';
import { formatMoney, formatNumber, formatPercent } from '../../format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import type { Portfolio as PortfolioData } from './api';
import { rateOption } from './charts';
import { RateBar } from './RateBar';
import { SourcesTable } from './SourcesTable';

type LaggingProject = PortfolioData['lagging'][number];

const EChart = lazy(() => import('../../components/EChart'));

export function Portfolio({ data }: { data: PortfolioData }) {
  const { t, lang } = useI18n();
  const s = data.summary;
  const option = useMemo(() => rateOption(data.months, { thisYear: String(data.year), lastYear: String(data.year - 1),
    expected: t('expectedCurve'), afterYear: t('afterYear') }, lang), [data, t, lang]);
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, lang));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Card title={<>{t('portfolio')} {data.year} {s.illustrative && <IllustrativeTag />}</>}>
          <Row gutter={[16, 16]}>
            <Col span={12}><Statistic title={t('planAllocated')} value={formatMoney(s.plan_allocated, lang)} /></Col>
            <Col span={12}><Statistic title={t('planAssigned')} value={formatMoney(s.plan_assigned, lang)} /></Col>
            <Col span={12}><Statistic title={t('paid')} value={formatMoney(s.paid, lang)} /></Col>
            <Col span={12}><Statistic title={t('paidConfirmed')} value={formatMoney(s.paid_confirmed, lang)} /></Col>
            <Col span={12}><Statistic title={t('rateAllocated')} value={pct(s.rate_allocated)} valueStyle={{ color: '#b0245d' }} /></Col>
            <Col span={12}><Statistic title={t('rateAssigned')} value={pct(s.rate_assigned)} /></Col>
          </Row>
          {data.indicators.map((i) => (
            <Alert key={i.code} type="info" style={{ marginTop: 16 }} data-testid={`indicator-${i.code}`}
              message={`${t('reportedFigure')} ${i.name}: ${i.value === null ? '—' : `${formatNumber(i.value, 0, lang)} ${i.measure}`}${
                i.value !== null && i.plan ? ` = ${formatPercent((100 * i.value) / i.plan, lang)}` : ''}`}
              description={i.derivation === 'entered' ? `${t('enteredFigure')}: ${i.source ?? ''}` : t('computedFromProjects')} />
          ))}
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={`${t('rateAllocated')}: ${data.year} / ${data.year - 1}`}>
          <Suspense fallback={null}><EChart option={option} label={t('rateAllocated')} height={300} /></Suspense>
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('fundingSources')}>
          <SourcesTable sources={data.sources} />
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={<span data-testid="lagging-title">{t('lagging')} ({data.lagging_count})</span>}>
          <Table<LaggingProject> size="small" rowKey="code" pagination={{ pageSize: 10, hideOnSinglePage: true }} dataSource={data.lagging} locale={{ emptyText: t('noData') }}
            columns={[
              { title: t('name'), dataIndex: 'name', render: (v: string, p) => <Link to={`${paths.projects}/${encodeURIComponent(p.code)}?year=${data.year}`}>{v}</Link> },
              { title: t('rateAllocated'), key: 'rate', render: (_: unknown, p) => <RateBar rate={p.rate_allocated} label={t('rateAllocated')} lag={p.lag} /> },
              { title: t('expectedCurve'), key: 'expected', align: 'right', render: (_: unknown, p) => `${formatPercent(p.lag.expected_percent, lang)} (T${p.lag.month})` },
            ]} />
          <Typography.Text type="secondary">{t('projectCount')}: {data.projects}</Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
