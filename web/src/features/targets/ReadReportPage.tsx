// Đọc báo cáo: a unit's narrative report for a period, pasted or uploaded, read into the figures
// it states; the officer reviews them beside the unit's current figures, edits or leaves out
// each, and writes the chosen ones as values (their quote as the source).
import { ArrowLeftOutlined, FileSearchOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Empty, Input, InputNumber, Row, Select, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import { useMemo, useState, type ReactElement } from 'react';
import { Link } from 'react-router-dom';

import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../components/States';
import { UnitPeriodPicker } from '../../components/UnitPeriodPicker';
import { formatDateTime, formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { useSelection } from '../../selection';
import { acceptFigures, extraction, readReportFile, readReportText, targetKeys, targetQueries, type Extraction, type ProposedFigure } from './api';

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
  const { t, lang, name } = useI18n();
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

  const earlier = useQuery({ ...targetQueries.extractions(unit, period), enabled: ready });
  const show = (r: Extraction) => {
    setResult(r);
    setEdited({});
    setChosen(Object.fromEntries(r.items.map((f, k) => [k, f.measure === 'value'])));
  };

  const read = useMutation({
    mutationFn: () => (file ? readReportFile(file, { unit, period, vintage }) : readReportText({ text, unit, period, vintage })),
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
      return acceptFigures(result!.id, items);
    },
    onSuccess: async (r) => {
      message.success(t('accepted', { n: r.items.length }));
      await queryClient.invalidateQueries({ queryKey: targetKeys.all });
      setResult(await extraction(result!.id));
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
    { title: t('kind'), key: 'measure', render: (_: unknown, f: ProposedFigure) => name('figureMeasure', f.measure) },
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
    { title: t('vintage'), key: 'vintage', render: (_: unknown, f: ProposedFigure) => name('vintage', f.vintage) },
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
            {f.current.vintage && f.current.vintage !== f.vintage && <Tag>{name('vintage', f.current.vintage)}</Tag>}
            {differs && <Tag color="red">{t('differs')}</Tag>}
          </Space>
        );
      },
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={<><Link to={`${paths.targets}?unit=${encodeURIComponent(unit)}&period=${period}`} aria-label={t('back')}><ArrowLeftOutlined /></Link> {t('readReport')}</>} extra={
        <Space wrap>
          {!!earlier.data?.items.length && (
            <Select placeholder={t('previousReads')} style={{ width: 260 }} aria-label={t('previousReads')}
              onChange={async (id: number) => show(await extraction(id))}
              options={earlier.data.items.map((e) => ({ value: e.id, label: `${e.document ?? `#${e.id}`} · ${formatDateTime(e.created_at)} · ${e.created_by}` }))} />
          )}
          <UnitPeriodPicker unit={unit} period={period} onChange={select} />
        </Space>
      } />
      <Typography.Text type="secondary">{t('readReportHelp')}</Typography.Text>
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea rows={8} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('reportText')} aria-label={t('reportText')} data-testid="report-text" />
          <Space wrap>
            <Upload beforeUpload={(f) => { setFile(f); return false; }} onRemove={() => setFile(null)} maxCount={1} accept=".docx,.pdf,.txt">
              <Button icon={<UploadOutlined />}>{t('reportFile')}</Button>
            </Upload>
            <label className="picker">
              <span>{t('doneVintage')}</span>
              <Select value={vintage} onChange={setVintage} style={{ width: 140 }} options={['preliminary', 'estimate', 'official'].map((v) => ({ value: v, label: name('vintage', v) }))} />
            </label>
            <Button type="primary" icon={<FileSearchOutlined />} loading={read.isPending} disabled={!ready || (!text.trim() && !file)} onClick={() => read.mutate()} data-testid="read-report">
              {t('readButton')}
            </Button>
          </Space>
          {read.error && <Alert type="error" showIcon message={errorText(read.error, t)} data-testid="read-error" />}
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
                  message={t('countsStated', { a: `${c.met}/${c.total}`, b: c.current ? `${c.current.met}/${c.current.total}` : '—' })} />
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
              {accept.error && <Alert type="error" showIcon message={errorText(accept.error, t)} />}
              {result.suggestions.length > 0 && (
                <Card size="small" title={t('suggestionsTitle')}>
                  <ul style={{ margin: 0, paddingLeft: 20 }}>
                    {result.suggestions.map((s, k) => (
                      <li key={k}>{s.name}: {number(s.value)} {s.unit}{s.measure !== 'value' && ` (${name('figureMeasure', s.measure)})`}</li>
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
