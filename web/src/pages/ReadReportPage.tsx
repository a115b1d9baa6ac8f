// Đọc báo cáo: a unit's narrative report for a period, pasted or uploaded, read into the figures
// it states; the officer reviews them beside the unit's current figures, edits or leaves out
// each, and writes the chosen ones as values (their quote as the source).
import { ArrowLeftOutlined, FileSearchOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Empty, Input, InputNumber, Row, Select, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import { Link } from 'react-router-dom';

import { api, postForm, type Extraction, type Items, type ProposedFigure, type Value } from '../api';
import { UnitPeriodPicker } from '../components/UnitPeriodPicker';
import { formatDateTime, formatNumber } from '../format';
import { useI18n } from '../i18n';
import { paths } from '../paths';
import { useSelection } from '../selection';

type Key = Parameters<ReturnType<typeof useI18n>['t']>[0];
const measureKey: Record<ProposedFigure['measure'], Key> = {
  value: 'measureValue',
  percent_of_plan: 'measurePlan',
  percent_of_estimate: 'measureEstimate',
  change_on_last_year: 'measureChange',
};

// "24350.5" as typed in the language: "24.350,5" (vi) or "24,350.5" (en), and back.
function groupDigits(plain: string, lang: 'vi' | 'en'): string {
  const [whole, fraction] = plain.split('.');
  const group = lang === 'vi' ? '.' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return fraction === undefined ? grouped : `${grouped}${lang === 'vi' ? ',' : '.'}${fraction}`;
}
function ungroupDigits(text: string, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
}

// The text with the found figures marked; `selected` is the row whose quote is shown strongest.
function MarkedText({ text, figures, selected }: { text: string; figures: ProposedFigure[]; selected: number | null }) {
  const chars = useMemo(() => Array.from(text), [text]);
  const parts: ReactElement[] = [];
  const spans = figures.map((f, k) => ({ ...f, k })).sort((a, b) => a.start - b.start);
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;  // nested in the one before
    if (s.start > at) parts.push(<span key={`t${at}`}>{chars.slice(at, s.start).join('')}</span>);
    parts.push(
      <mark key={`m${s.k}`} data-testid={`quote-${s.k}`} style={{ background: s.indicator ? (s.k === selected ? '#ffd666' : '#fff1b8') : '#f0f0f0', padding: 0 }}>
        {chars.slice(s.start, s.end).join('')}
      </mark>,
    );
    at = s.end;
  }
  if (at < chars.length) parts.push(<span key="tail">{chars.slice(at).join('')}</span>);
  return <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.7, maxHeight: 640, overflow: 'auto' }}>{parts}</div>;
}

export default function ReadReportPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { unit, period, ready, select } = useSelection();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [vintage, setVintage] = useState('preliminary');
  const [result, setResult] = useState<Extraction | null>(null);
  const [chosen, setChosen] = useState<Record<number, boolean>>({});
  const [edited, setEdited] = useState<Record<number, number>>({});
  const [selected, setSelected] = useState<number | null>(null);

  const earlier = useQuery({
    queryKey: ['extractions', unit, period],
    queryFn: () => api<Items<{ id: number; document: string | null; created_by: string; created_at: string }>>(
      'GET', `/api/v1/extractions?unit=${encodeURIComponent(unit)}&period=${period}`),
    enabled: ready,
  });
  const show = (r: Extraction) => {
    setResult(r);
    setEdited({});
    setChosen(Object.fromEntries(r.items.map((f, k) => [k, f.measure === 'value'])));
  };

  const read = useMutation({
    mutationFn: () => {
      if (file) {
        const form = new FormData();
        form.append('unit', unit);
        form.append('period', period);
        form.append('vintage', vintage);
        form.append('file', file, file.name);
        return postForm<Extraction>('/api/v1/extractions', form);
      }
      return api<Extraction>('POST', '/api/v1/extractions', { text, unit, period, vintage });
    },
    onSuccess: (r) => {
      show(r);
      void earlier.refetch();
    },
  });

  const accept = useMutation({
    mutationFn: () => {
      const items = result!.items
        .map((f, k) => ({ f, k }))
        .filter(({ f, k }) => f.measure === 'value' && chosen[k])
        .map(({ f, k }) => ({ indicator: f.indicator, value: edited[k] ?? f.value, vintage: f.vintage, quote: f.quote, start: f.start, end: f.end }));
      return api<{ items: Value[] }>('POST', `/api/v1/extractions/${result!.id}/accept`, { items });
    },
    onSuccess: async (r) => {
      message.success(t('accepted').replace('{n}', String(r.items.length)));
      await queryClient.invalidateQueries({ queryKey: ['scorecard'] });
      setResult(await api<Extraction>('GET', `/api/v1/extractions/${result!.id}`));
    },
  });

  const number = (v: number) => formatNumber(v, 6, lang);
  const columns = [
    {
      title: '',
      key: 'choose',
      width: 40,
      render: (_: unknown, f: ProposedFigure, k: number) =>
        f.measure === 'value' && (
          <Checkbox checked={!!chosen[k]} onChange={(e) => setChosen({ ...chosen, [k]: e.target.checked })} data-testid={`choose-${f.indicator}`} aria-label={f.name} />
        ),
    },
    { title: t('indicator'), key: 'name', render: (_: unknown, f: ProposedFigure) => <Tooltip title={`${t('quote')}: ${f.quote}`}>{f.name}</Tooltip> },
    { title: t('measureValue'), key: 'measure', render: (_: unknown, f: ProposedFigure) => t(measureKey[f.measure]) },
    {
      title: t('proposed'),
      key: 'value',
      align: 'right' as const,
      render: (_: unknown, f: ProposedFigure, k: number) =>
        f.measure === 'value' ? (
          <InputNumber
            size="small"
            value={edited[k] ?? f.value}
            formatter={(v) => (v === undefined ? '' : groupDigits(String(v), lang))}
            parser={(text) => ungroupDigits(text ?? '', lang) as unknown as number}
            onChange={(v) => v !== null && setEdited({ ...edited, [k]: Number(v) })}
            data-testid={`proposed-${f.indicator}`}
            style={{ width: 130 }}
          />
        ) : (
          number(f.value)
        ),
    },
    { title: t('unit'), key: 'unit', render: (_: unknown, f: ProposedFigure) => f.unit },
    { title: t('vintage'), key: 'vintage', render: (_: unknown, f: ProposedFigure) => t(f.vintage as 'estimate') },
    {
      title: t('currentFigure'),
      key: 'current',
      align: 'right' as const,
      render: (_: unknown, f: ProposedFigure, k: number) => {
        if (!f.current) return '—';
        const differs = Math.abs(f.current.value - (edited[k] ?? f.value)) > (f.measure === 'value' ? 1e-9 : 0.05);
        return (
          <Space size={4}>
            {number(f.current.value)}
            {f.current.vintage && f.current.vintage !== f.vintage && <Tag>{t(f.current.vintage as 'estimate')}</Tag>}
            {differs && <Tag color="red">{t('differs')}</Tag>}
          </Space>
        );
      },
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space>
          <Link to={`${paths.targets}?unit=${encodeURIComponent(unit)}&period=${period}`}><ArrowLeftOutlined /></Link>
          <Typography.Title level={3} style={{ margin: 0 }}>{t('readReport')}</Typography.Title>
        </Space>
        <Space wrap>
          {!!earlier.data?.items.length && (
            <Select placeholder={t('previousReads')} style={{ width: 260 }} aria-label={t('previousReads')}
              onChange={async (id: number) => show(await api<Extraction>('GET', `/api/v1/extractions/${id}`))}
              options={earlier.data.items.map((e) => ({ value: e.id, label: `${e.document ?? `#${e.id}`} · ${formatDateTime(e.created_at)} · ${e.created_by}` }))} />
          )}
          <UnitPeriodPicker unit={unit} period={period} onChange={select} />
        </Space>
      </Space>
      <Typography.Text type="secondary">{t('readReportHelp')}</Typography.Text>
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea rows={8} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('reportText')} aria-label={t('reportText')} data-testid="report-text" />
          <Space wrap>
            <Upload beforeUpload={(f) => { setFile(f); return false; }} onRemove={() => setFile(null)} maxCount={1} accept=".docx,.pdf,.txt">
              <Button icon={<UploadOutlined />}>{t('reportFile')}</Button>
            </Upload>
            <span>{t('doneVintage')}</span>
            <Select value={vintage} onChange={setVintage} style={{ width: 140 }} options={['preliminary', 'estimate', 'official'].map((v) => ({ value: v, label: t(v as 'estimate') }))} />
            <Button type="primary" icon={<FileSearchOutlined />} loading={read.isPending} disabled={!ready || (!text.trim() && !file)} onClick={() => read.mutate()} data-testid="read-report">
              {t('readButton')}
            </Button>
          </Space>
          {read.error && <Alert type="error" showIcon message={read.error.message} data-testid="read-error" />}
        </Space>
      </Card>
      {result && (
        <Row gutter={16}>
          <Col xs={24} xl={10}>
            <Card size="small" title={result.document ?? t('reportText')}>
              <MarkedText text={result.text} figures={[...result.items, ...result.suggestions]} selected={selected} />
            </Card>
          </Col>
          <Col xs={24} xl={14}>
            <Space direction="vertical" style={{ width: '100%' }}>
              {result.counts.map((c, k) => (
                <Alert key={k} type={c.current && c.current.met === c.met && c.current.total === c.total ? 'info' : 'warning'}
                  message={t('countsStated').replace('{a}', `${c.met}/${c.total}`).replace('{b}', c.current ? `${c.current.met}/${c.current.total}` : '—')} />
              ))}
              <Card size="small" title={t('foundFigures')} styles={{ body: { padding: 0 } }}>
                {result.items.length === 0 ? <Empty description={t('nothingFound')} /> : (
                  <Table size="small" pagination={false} rowKey={(f) => `${f.start}-${f.measure}-${f.indicator}`} dataSource={result.items}
                    columns={columns} scroll={{ x: 800 }}
                    onRow={(_, k) => ({ onMouseEnter: () => setSelected(k ?? null) })} />
                )}
              </Card>
              <Button type="primary" disabled={!result.items.some((f, k) => f.measure === 'value' && chosen[k])} loading={accept.isPending} onClick={() => accept.mutate()} data-testid="accept-figures">
                {t('acceptFigures')}
              </Button>
              {accept.error && <Alert type="error" showIcon message={accept.error.message} />}
              {result.suggestions.length > 0 && (
                <Card size="small" title={t('suggestionsTitle')}>
                  <ul style={{ margin: 0, paddingLeft: 20 }}>
                    {result.suggestions.map((s, k) => (
                      <li key={k}>{s.name}: {number(s.value)} {s.unit}{s.measure !== 'value' && ` (${t(measureKey[s.measure])})`}</li>
                    ))}
                  </ul>
                </Card>
              )}
            </Space>
          </Col>
        </Row>
      )}
    </Space>
  );
}
