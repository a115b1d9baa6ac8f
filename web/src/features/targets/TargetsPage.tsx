// Chỉ tiêu: the targets of a unit for a period, by area, with their figures, entry, history,
// drill-down and CSV import.
import { EditOutlined, FileSearchOutlined, HistoryOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';

import { ImportModal } from '../../components/ImportModal';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { ToneTag } from '../../components/ToneTag';
import { UnitPeriodPicker } from '../../components/UnitPeriodPicker';
import { formatNumber, formatPercent, formatPeriod } from '../../format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { useSelection } from '../../selection';
import { can, useMe } from '../auth/session';
import { targetQueries, valuesImportPath, type ScorecardItem, type Value } from './api';
import { Breakdown } from './Breakdown';
import { HistoryDrawer } from './HistoryDrawer';
import { summaryOf, targetText, yearPlanText } from './logic';
import { ItemStatusTag, VintageTag } from './Tags';
import { ValueForm } from './ValueForm';

export default function TargetsPage() {
  const { t, lang, name } = useI18n();
  const me = useMe();
  const { unit, period, ready, select } = useSelection();
  const [entering, setEntering] = useState<ScorecardItem | null>(null);
  const [history, setHistory] = useState<ScorecardItem | null>(null);
  const [importing, setImporting] = useState(false);
  const card = useQuery({ ...targetQueries.scorecard(unit, period), enabled: ready });
  const mayEnter = can(me.data, 'targets.enter');
  const itemName = (i: ScorecardItem) => (lang === 'en' && i.name_en) || i.name;

  const columns = [
    {
      title: t('indicator'),
      key: 'name',
      render: (_: unknown, i: ScorecardItem) => <>{itemName(i)} {i.illustrative && <IllustrativeTag source={i.target.source ?? i.actual_source} />}</>,
    },
    { title: t('target'), key: 'target', render: (_: unknown, i: ScorecardItem) => `${targetText(i, lang)} ${i.measure}` },
    {
      title: t('actual'),
      key: 'actual',
      align: 'right' as const,
      render: (_: unknown, i: ScorecardItem) => {
        if (i.actual !== null) {
          return (
            <>
              <span data-testid={`actual-${i.indicator}`}>{formatNumber(i.actual, i.decimals, lang)}</span>
              {i.from_records && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid={`records-${i.indicator}`}>
                  {t(i.from_records.derivation === 'projects' ? 'fromProjectRecords' : 'fromRecords',
                    { value: formatNumber(i.from_records.value, i.decimals, lang) })}
                </Typography.Text>
              )}
            </>
          );
        }
        if (!i.not_comparable) return '—';
        return (
          <Tooltip title={lang === 'en' ? i.not_comparable.reason_en : i.not_comparable.reason}>
            <ToneTag tone="neutral" tabIndex={0} data-testid={`not-comparable-${i.indicator}`}>{t('notComparable')}</ToneTag>
          </Tooltip>
        );
      },
    },
    { title: t('vintage'), key: 'vintage', render: (_: unknown, i: ScorecardItem) => <VintageTag vintage={i.vintage} derivation={i.derivation} /> },
    {
      title: t('achievement'),
      key: 'pct',
      align: 'right' as const,
      render: (_: unknown, i: ScorecardItem) => {
        if (i.target_pct === null) return '';
        const ofYearPlan = yearPlanText(i, { t, lang });
        return (
          <span data-testid={`pct-${i.indicator}`}>
            {formatPercent(i.target_pct, lang)}
            {ofYearPlan && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{ofYearPlan}</Typography.Text>}
          </span>
        );
      },
    },
    { title: t('status'), key: 'status', render: (_: unknown, i: ScorecardItem) => <span data-testid={`status-${i.indicator}`}><ItemStatusTag item={i} /></span> },
    {
      title: t('previous'),
      key: 'previous',
      responsive: ['lg' as const],
      align: 'right' as const,
      render: (_: unknown, i: ScorecardItem) => (i.previous ? formatNumber(i.previous.value, i.decimals, lang) : ''),
    },
    {
      title: t('actions'),
      key: 'actions',
      render: (_: unknown, i: ScorecardItem) => (
        <Space size={0}>
          {mayEnter && (
            <Tooltip title={t('enterValue')}>
              <Button type="text" icon={<EditOutlined />} aria-label={`${t('enterValue')}: ${itemName(i)}`} data-testid={`enter-${i.indicator}`} onClick={() => setEntering(i)} />
            </Tooltip>
          )}
          <Tooltip title={t('history')}>
            <Button type="text" icon={<HistoryOutlined />} aria-label={`${t('history')}: ${itemName(i)}`} onClick={() => setHistory(i)} />
          </Tooltip>
        </Space>
      ),
    },
  ];

  const areas = card.data ? [...new Set(card.data.items.map((i) => i.area))] : [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('targets')} extra={
        <Space wrap>
          <UnitPeriodPicker unit={unit} period={period} onChange={select} />
          {mayEnter && <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="open-import">{t('importCsv')}</Button>}
          {mayEnter && (
            <LinkButton to={`${paths.readReport}?unit=${encodeURIComponent(unit)}&period=${period}`} icon={<FileSearchOutlined />} data-testid="open-read-report">
              {t('readReport')}
            </LinkButton>
          )}
        </Space>
      } />
      <QueryState isPending={!ready || card.isPending} error={card.error} refetch={card.refetch} />
      {card.data && (
        <Typography.Text type="secondary">
          {card.data.unit_name} · {formatPeriod(card.data.period.code, lang)} · {summaryOf(card.data, lang)}
        </Typography.Text>
      )}
      {card.data && card.data.total === 0 && <Empty description={t('noTargets')} />}
      {card.data &&
        areas.map((a) => (
          <Card key={a} title={<h2 className="card-heading">{name('area', a)}</h2>} size="small" styles={{ body: { padding: 0 } }}>
            <ResponsiveTable<ScorecardItem>
              size="small"
              rowKey="indicator"
              pagination={false}
              scroll={{ x: 900 }}
              dataSource={card.data.items.filter((i) => i.area === a)}
              columns={columns}
              expandable={{ expandedRowRender: (i) => <Breakdown item={i} unit={unit} period={period} /> }}
            />
          </Card>
        ))}
      {entering && <ValueForm item={entering} unit={unit} period={period} onClose={() => setEntering(null)} />}
      {history && <HistoryDrawer item={history} unit={unit} period={period} onClose={() => setHistory(null)} />}
      {importing && (
        <ImportModal<Value> path={valuesImportPath} help={t('importHelp')} onClose={() => setImporting(false)}
          rowKey={(r) => `${r.indicator}/${r.unit}/${r.period}/${r.vintage}/${r.value}`}
          columns={[
            { title: t('indicator'), dataIndex: 'indicator' },
            { title: t('unit'), dataIndex: 'unit' },
            { title: t('period'), dataIndex: 'period' },
            { title: t('vintage'), dataIndex: 'vintage', render: (v: string) => name('vintage', v) },
            { title: t('value'), dataIndex: 'value', align: 'right', render: (v: number) => formatNumber(v, 6, lang) },
          ]} />
      )}
    </Space>
  );
}
