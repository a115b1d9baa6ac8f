// Chỉ tiêu: the targets of a unit for a period, by area, with their figures, entry, history,
// drill-down and CSV import.
import { EditOutlined, FileSearchOutlined, HistoryOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';

import { api, type Scorecard, type ScorecardItem, type Value } from '../api';
import { ImportModal } from '../components/ImportModal';
import { IllustrativeTag, StatusTag, VintageTag } from '../components/Tags';
import { QueryState } from '../components/States';
import { UnitPeriodPicker } from '../components/UnitPeriodPicker';
import { formatNumber, formatPercent, formatPeriod } from '../format';
import { paths } from '../paths';
import { useI18n } from '../i18n';
import { useSelection } from '../selection';
import { can, useMe } from '../session';
import { Breakdown } from './targets/Breakdown';
import { HistoryDrawer } from './targets/HistoryDrawer';
import { ValueForm } from './targets/ValueForm';

export default function TargetsPage() {
  const { t, lang, area } = useI18n();
  const me = useMe();
  const { unit, period, ready, select } = useSelection();
  const [entering, setEntering] = useState<ScorecardItem | null>(null);
  const [history, setHistory] = useState<ScorecardItem | null>(null);
  const [importing, setImporting] = useState(false);
  const card = useQuery({
    queryKey: ['scorecard', unit, period],
    queryFn: () => api<Scorecard>('GET', `/api/v1/scorecard?unit=${encodeURIComponent(unit)}&period=${period}`),
    enabled: ready,
  });
  const mayEnter = can(me.data, 'targets.enter');
  const name = (i: ScorecardItem) => (lang === 'en' && i.name_en) || i.name;

  const columns = [
    {
      title: t('indicator'),
      key: 'name',
      render: (_: unknown, i: ScorecardItem) => (
        <>
          {name(i)} {i.illustrative && <IllustrativeTag source={i.target.source ?? i.actual_source} />}
        </>
      ),
    },
    { title: t('target'), key: 'target', render: (_: unknown, i: ScorecardItem) => `${i.target.text} ${i.measure}` },
    {
      title: t('actual'),
      key: 'actual',
      align: 'right' as const,
      render: (_: unknown, i: ScorecardItem) => {
        if (i.actual !== null) return <span data-testid={`actual-${i.indicator}`}>{formatNumber(i.actual, i.decimals, lang)}</span>;
        if (!i.not_comparable) return '—';
        return (
          <Tooltip title={lang === 'en' ? i.not_comparable.reason_en : i.not_comparable.reason}>
            <Tag data-testid={`not-comparable-${i.indicator}`}>{lang === 'en' ? 'not comparable' : 'không so sánh được'}</Tag>
          </Tooltip>
        );
      },
    },
    { title: t('vintage'), key: 'vintage', render: (_: unknown, i: ScorecardItem) => <VintageTag vintage={i.vintage} derivation={i.derivation} /> },
    {
      title: t('achievement'),
      key: 'pct',
      align: 'right' as const,
      render: (_: unknown, i: ScorecardItem) => (i.achievement_pct === null ? '' : formatPercent(i.achievement_pct, lang)),
    },
    {
      title: t('status'),
      key: 'status',
      render: (_: unknown, i: ScorecardItem) => <span data-testid={`status-${i.indicator}`}><StatusTag status={i.status} /></span>,
    },
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
              <Button type="text" icon={<EditOutlined />} aria-label={`${t('enterValue')}: ${name(i)}`} data-testid={`enter-${i.indicator}`} onClick={() => setEntering(i)} />
            </Tooltip>
          )}
          <Tooltip title={t('history')}>
            <Button type="text" icon={<HistoryOutlined />} aria-label={`${t('history')}: ${name(i)}`} onClick={() => setHistory(i)} />
          </Tooltip>
        </Space>
      ),
    },
  ];

  const areas = card.data ? [...new Set(card.data.items.map((i) => i.area))] : [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('targets')}</Typography.Title>
        <Space wrap>
          <UnitPeriodPicker unit={unit} period={period} onChange={select} />
          {mayEnter && <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="open-import">{t('importCsv')}</Button>}
          {mayEnter && (
            <Link to={`${paths.readReport}?unit=${encodeURIComponent(unit)}&period=${period}`} data-testid="open-read-report">
              <Button icon={<FileSearchOutlined />}>{t('readReport')}</Button>
            </Link>
          )}
        </Space>
      </Space>
      <QueryState isPending={!ready || card.isPending} error={card.error} refetch={card.refetch} />
      {card.data && (
        <Typography.Text type="secondary">
          {card.data.unit_name} · {formatPeriod(card.data.period.code, lang)} · {lang === 'vi' ? card.data.summary : card.data.summary_en}
        </Typography.Text>
      )}
      {card.data && card.data.total === 0 && <Empty description={t('noTargets')} />}
      {card.data &&
        areas.map((a) => (
          <Card key={a} title={area(a)} size="small" styles={{ body: { padding: 0 } }}>
            <Table
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
        <ImportModal<Value> path="/api/v1/imports/values" help={t('importHelp')} onClose={() => setImporting(false)}
          rowKey={(r) => `${r.indicator}/${r.unit}/${r.period}/${r.vintage}/${r.value}`}
          columns={[
            { title: t('indicator'), dataIndex: 'indicator' },
            { title: t('unit'), dataIndex: 'unit' },
            { title: t('period'), dataIndex: 'period' },
            { title: t('vintage'), dataIndex: 'vintage', render: (v: string) => t(v as 'estimate') },
            { title: t('value'), dataIndex: 'value', align: 'right', render: (v: number) => formatNumber(v, 6, lang) },
          ]} />
      )}
    </Space>
  );
}
