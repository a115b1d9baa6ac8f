// Tổng quan: what a leader opens first — the period's result ("25/25 chỉ tiêu đạt và vượt kế
// hoạch"), the key figures with their plans and last year, trends, the unit's tasks and letters,
// and every target of the period; a presentation of the same for the conference hall.
import { FundProjectionScreenOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Space, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router-dom';

import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { UnitPeriodPicker } from '../../components/UnitPeriodPicker';
import { formatNumber, formatPercent, formatPeriod } from '../../format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { useSelection } from '../../selection';
import { statusChartColors, tones } from '../../theme';
import { targetQueries, type Scorecard, type ScorecardItem } from '../targets/api';
import { shownCounts, summaryOf, targetText, withMeasure } from '../targets/logic';
import { ItemStatusTag, StatusTag } from '../targets/Tags';
import { itemName, KeyTiles } from './KeyTiles';
import { keyIndicators, summaryTone } from './logic';
import { Trend } from './Trend';
import { UnitWork } from './UnitWork';

const EChart = lazy(() => import('../../components/EChart'));

export function donutOption(card: Scorecard, name: (s: string) => string, fontSize = 12) {
  const counts = shownCounts(card.items);
  const slices = (['exceeded', 'met', 'not_met', 'no_data'] as const)
    .map((s) => ({ name: name(s), value: counts[s], itemStyle: { color: statusChartColors[s] } }))
    .filter((s) => s.value > 0);
  return {
    textStyle: { fontSize },
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, textStyle: { fontSize } },
    series: [{ type: 'pie', radius: ['45%', '70%'], center: ['50%', '45%'], label: { formatter: '{c}', fontSize }, data: slices }],
  };
}

function Summary({ card }: { card: Scorecard }) {
  const { t, lang, name } = useI18n();
  const tone = tones[summaryTone(card)];
  const noFigures = card.total === card.no_data;
  const donut = useMemo(() => donutOption(card, (s) => name('targetStatus', s)), [card, name]);
  return (
    <Card size="small">
      <Row gutter={[16, 16]} align="middle">
        <Col xs={24} md={12}>
          <h2 className="card-heading" data-testid="summary-title">
            {t('summary')} — {card.unit_name}, {formatPeriod(card.period.code, lang, true)}
          </h2>
          {noFigures ? (
            <Alert type="info" showIcon style={{ marginTop: 12 }} message={t('noFiguresYet', { n: formatNumber(card.total, 0, lang) })} data-testid="summary-text" />
          ) : (
            <>
              <div style={{ fontSize: 44, fontWeight: 600, color: tone.color }} data-testid="summary-count">
                {card.exceeded + card.met}/{card.total}
              </div>
              <Typography.Paragraph strong data-testid="summary-text">{summaryOf(card, lang)}</Typography.Paragraph>
            </>
          )}
          <Space wrap>
            {(['exceeded', 'met', 'not_met', 'no_data'] as const).map((s) => <span key={s} data-testid={`count-${s}`}><StatusTag status={s} /> {shownCounts(card.items)[s]}</span>)}
          </Space>
          {card.items.some((i) => i.illustrative) && (
            <Alert style={{ marginTop: 12 }} type="warning" showIcon
              message={t('someIllustrative')} />
          )}
        </Col>
        <Col xs={24} md={12}>
          {!noFigures && (
            <Suspense fallback={<div style={{ height: 240 }} />}>
              <EChart option={donut} label={`${t('statusChart')}: ${summaryOf(card, lang)}`} height={240} />
            </Suspense>
          )}
        </Col>
      </Row>
    </Card>
  );
}

function PeriodTargets({ card }: { card: Scorecard }) {
  const { t, lang, name } = useI18n();
  return (
    <Card size="small" title={<h2 className="card-heading">{t('periodTargets')}</h2>}
      extra={<Link to={`${paths.targets}?unit=${encodeURIComponent(card.unit)}&period=${card.period.code}`}>{t('seeAll')}</Link>}>
      <ResponsiveTable<ScorecardItem> size="small" rowKey="indicator" pagination={false} dataSource={card.items} data-testid="period-targets"
        columns={[
          { title: t('indicator'), key: 'name', render: (_: unknown, i: ScorecardItem) => <>{itemName(i, lang)} {i.illustrative && <IllustrativeTag />}</> },
          { title: t('area'), key: 'area', responsive: ['xl'], render: (_: unknown, i: ScorecardItem) => name('area', i.area) },
          { title: t('target'), key: 'target', render: (_: unknown, i: ScorecardItem) => `${targetText(i, lang)} ${i.measure}` },
          { title: t('actual'), key: 'actual', align: 'right', render: (_: unknown, i: ScorecardItem) => (i.actual === null ? '—' : withMeasure(i.actual, i, lang)) },
          { title: t('achievement'), key: 'pct', align: 'right', render: (_: unknown, i: ScorecardItem) => (i.target_pct === null ? '' : formatPercent(i.target_pct, lang)) },
          { title: t('status'), key: 'status', render: (_: unknown, i: ScorecardItem) => <ItemStatusTag item={i} /> },
        ]} />
    </Card>
  );
}

export function DashboardPage() {
  const { t } = useI18n();
  const { unit, period, ready, select } = useSelection();
  const card = useQuery({ ...targetQueries.scorecard(unit, period), enabled: ready });
  const data = card.data;
  const keys = data ? keyIndicators(data.items) : [];
  const withHistory = keys.find((i) => i.previous) ?? data?.items.find((i) => i.previous) ?? keys[0];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('dashboard')} extra={
        <Space wrap>
          <UnitPeriodPicker unit={unit} period={period} onChange={select} />
          <LinkButton to={`${paths.presentation}?unit=${encodeURIComponent(unit)}&period=${period}`} icon={<FundProjectionScreenOutlined />}
            data-testid="open-presentation" disabled={!ready}>
            {t('present')}
          </LinkButton>
        </Space>
      } />
      <QueryState isPending={!ready || card.isPending} error={card.error} refetch={card.refetch} />
      {data && data.total === 0 && (
        <>
          <Card size="small"><Empty description={t('noTargets')} /></Card>
          <UnitWork card={data} />
        </>
      )}
      {data && data.total > 0 && (
        <>
          <Summary card={data} />
          {keys.length > 0 && (
            <section aria-labelledby="key-figures">
              <h2 className="card-heading" id="key-figures" style={{ margin: '4px 0 8px' }}>{t('keyFigures')}</h2>
              <KeyTiles items={keys} previousYear={data.period.previous_year} />
            </section>
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card size="small" title={<h2 className="card-heading">{t('trend')}</h2>}>
                <Trend unit={unit} period={period} items={data.items} initial={withHistory?.indicator} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <UnitWork card={data} />
            </Col>
          </Row>
          <PeriodTargets card={data} />
        </>
      )}
    </Space>
  );
}
