// Tổng quan: the scorecard of a unit for a period at a glance, and trends across years.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';

import { Link } from 'react-router-dom';

import { api, type Items, type Scorecard, type Task } from '../api';
import { StatusTag, statusChartColors } from '../components/Tags';
import { QueryState } from '../components/States';
import { UnitPeriodPicker } from '../components/UnitPeriodPicker';
import { formatDate, formatNumber, formatPeriod } from '../format';
import { useI18n } from '../i18n';
import { paths } from '../paths';
import { useSelection } from '../selection';
import { can, useMe } from '../session';

const EChart = lazy(() => import('../components/EChart'));

interface Series {
  points: { period: string; actual: { value: number; derived?: 'lineage' } | null; target: { value: number } | null }[];
  changes: { date: string; kind: 'formed' | 'closed'; units: string[] }[];
}

// A year derived through the lineage (before the unit existed, after it closed): a pale bar with a
// dashed border; the day the map changed: a dashed line on its year.
const derivedBar = { color: 'rgba(176, 36, 93, 0.3)', borderColor: '#b0245d', borderType: 'dashed', borderWidth: 1.5 };
const lineageWords = {
  vi: { change: 'Sắp xếp đơn vị', derived: 'Cột nhạt, viền đứt: số suy ra qua kế thừa (trước khi đơn vị hình thành hoặc sau khi giải thể)' },
  en: { change: 'Reorganisation', derived: 'Pale, dashed bars: figures derived through the lineage (before the unit was formed or after it closed)' },
};

function Trend({ unit, card }: { unit: string; card: Scorecard }) {
  const { t, lang } = useI18n();
  const candidates = card.items.filter((i) => i.actual !== null);
  const [chosen, setChosen] = useState<string | null>(null);
  const code = chosen ?? candidates.find((i) => !i.illustrative)?.indicator ?? candidates[0]?.indicator;
  const year = Number(card.period.code.slice(0, 4));
  const series = useQuery({
    queryKey: ['series', code, unit, year],
    queryFn: () => api<Series>('GET', `/api/v1/series?indicator=${code}&unit=${encodeURIComponent(unit)}&from=${year - 4}&to=${year + 1}`),
    enabled: !!code,
  });
  const item = card.items.find((i) => i.indicator === code);
  const option = useMemo(() => {
    const points = series.data?.points ?? [];
    const name = (i: { name: string; name_en: string | null }) => (lang === 'en' && i.name_en) || i.name;
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => (v == null ? '—' : formatNumber(v, item?.decimals ?? 2, lang)) },
      legend: { bottom: 0 },
      grid: { left: 60, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: points.map((p) => p.period) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v, 0, lang) } },
      series: [
        {
          name: item ? name(item) : '',
          type: 'bar',
          data: points.map((p) => (p.actual ? { value: p.actual.value, ...(p.actual.derived ? { itemStyle: derivedBar } : {}) } : null)),
          itemStyle: { color: '#b0245d' },
          markLine: {
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#595959' },
            data: (series.data?.changes ?? [])
              .filter((c) => points.some((p) => p.period === c.date.slice(0, 4)))
              .map((c) => ({ xAxis: c.date.slice(0, 4), label: { position: 'insideEndTop', formatter: `${lineageWords[lang === 'en' ? 'en' : 'vi'].change} ${formatDate(c.date)}` } })),
          },
        },
        { name: t('target'), type: 'line', data: points.map((p) => p.target?.value ?? null), connectNulls: false, itemStyle: { color: '#595959' } },
      ],
    };
  }, [series.data, item, lang, t]);
  if (!code) return <Empty description={t('noData')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        style={{ width: '100%' }}
        value={code}
        aria-label={t('indicator')}
        onChange={setChosen}
        options={candidates.map((i) => ({ value: i.indicator, label: `${(lang === 'en' && i.name_en) || i.name} (${i.measure})` }))}
      />
      {series.data && (
        <Suspense fallback={<div style={{ height: 260 }} />}>
          <EChart option={option} label={t('trend')} />
        </Suspense>
      )}
      {series.data?.points.some((p) => p.actual?.derived) && (
        <Typography.Text type="secondary" data-testid="trend-derived">{lineageWords[lang === 'en' ? 'en' : 'vi'].derived}</Typography.Text>
      )}
    </Space>
  );
}

// Overdue tasks and tasks due within 7 days, linking to the task list.
function TaskCounts() {
  const { t } = useI18n();
  const tasks = useQuery({ queryKey: ['tasks', 'list', 'due_within=7'], queryFn: () => api<Items<Task>>('GET', '/api/v1/tasks?due_within=7') });
  const overdue = tasks.data?.items.filter((x) => x.status === 'overdue').length ?? 0;
  const soon = tasks.data?.items.filter((x) => x.status === 'in_progress').length ?? 0;
  return (
    <Card title={t('tasks')} loading={tasks.isPending}>
      <Row gutter={16}>
        <Col span={12}>
          <Link to={`${paths.tasks}?status=overdue`}>
            <Statistic title={t('overdue')} value={overdue} valueStyle={{ color: '#cf1322' }} data-testid="tasks-overdue" />
          </Link>
        </Col>
        <Col span={12}>
          <Link to={`${paths.tasks}?due=7&status=in_progress`}>
            <Statistic title={t('dueSoon')} value={soon} valueStyle={{ color: '#d46b08' }} />
          </Link>
        </Col>
      </Row>
    </Card>
  );
}

export function DashboardPage() {
  const me = useMe();
  const { t, lang, area } = useI18n();
  const { unit, period, ready, select } = useSelection();
  const card = useQuery({
    queryKey: ['scorecard', unit, period],
    queryFn: () => api<Scorecard>('GET', `/api/v1/scorecard?unit=${encodeURIComponent(unit)}&period=${period}`),
    enabled: ready,
  });
  const data = card.data;

  const donut = useMemo(() => {
    if (!data) return null;
    const slices = (['exceeded', 'met', 'not_met', 'no_data'] as const)
      .map((s) => ({ name: t(s), value: data[s], itemStyle: { color: statusChartColors[s] } }))
      .filter((s) => s.value > 0);
    return {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [{ type: 'pie', radius: ['45%', '70%'], label: { formatter: '{c}' }, data: slices }],
    };
  }, [data, t]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('dashboard')}</Typography.Title>
        <UnitPeriodPicker unit={unit} period={period} onChange={select} />
      </Space>
      <QueryState isPending={!ready || card.isPending} error={card.error} refetch={card.refetch} />
      {data && data.total === 0 && <Empty description={t('noTargets')} />}
      {data && data.total > 0 && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <Card title={`${t('summary')} — ${data.unit_name}, ${formatPeriod(data.period.code, lang)}`}>
                <Statistic
                  data-testid="summary-count"
                  value={data.exceeded + data.met}
                  suffix={`/ ${data.total}`}
                  valueStyle={{ color: '#389e0d', fontSize: 40 }}
                />
                <Typography.Paragraph strong data-testid="summary-text">{lang === 'vi' ? data.summary : data.summary_en}</Typography.Paragraph>
                <Space wrap>
                  {(['exceeded', 'met', 'not_met', 'no_data'] as const).map((s) => (
                    <span key={s}><StatusTag status={s} /> {data[s]}</span>
                  ))}
                </Space>
                {data.items.some((i) => i.illustrative) && (
                  <Alert style={{ marginTop: 12 }} type="warning" showIcon
                    message={lang === 'vi' ? 'Một số số liệu là minh họa (dữ liệu mẫu), đánh dấu "Minh họa".' : 'Some figures are illustrative (demo data), marked "Illustrative".'} />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Space direction="vertical" style={{ width: '100%' }}>
              {can(me.data, 'tasks.read') && <TaskCounts />}
              <Card title={t('statusChart')}>
                {donut && (
                  <Suspense fallback={<div style={{ height: 260 }} />}>
                    <EChart option={donut} label={t('statusChart')} />
                  </Suspense>
                )}
              </Card>
              </Space>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card title={t('byArea')}>
                <Table
                  size="small"
                  pagination={false}
                  rowKey="area"
                  dataSource={data.areas}
                  scroll={{ x: true }}
                  columns={[
                    { title: t('area'), dataIndex: 'area', render: (a: string) => area(a) },
                    { title: t('exceeded'), dataIndex: 'exceeded', align: 'right' },
                    { title: t('met'), dataIndex: 'met', align: 'right' },
                    { title: t('not_met'), dataIndex: 'not_met', align: 'right' },
                    { title: t('no_data'), dataIndex: 'no_data', align: 'right' },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('trend')}>
                <Trend unit={unit} card={data} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Space>
  );
}
