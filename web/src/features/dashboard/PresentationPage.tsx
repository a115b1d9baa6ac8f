// Trình chiếu: the dashboard for a conference hall — full screen, large type, one group of
// figures per slide, charts sized for a projector; arrows and a clicker (Page Up / Page Down) move,
// Esc leaves; the unit and period stay in the corner. The slide is kept in the address.
import { CloseOutlined, FullscreenOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { lazy, Suspense, useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';

import { QueryState } from '../../components/States';
import { IllustrativeTag } from '../../components/Tags';
import { formatPercent, formatPeriod } from '../../format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { useSelection } from '../../selection';
import { tones } from '../../theme';
import { can, useMe } from '../auth/session';
import { oversightQueries } from '../oversight/api';
import { OversightSentence } from '../oversight/OversightSentence';
import { targetQueries, type Scorecard } from '../targets/api';
import { summaryOf, withMeasure } from '../targets/logic';
import { ItemStatusTag } from '../targets/Tags';
import { donutOption } from './DashboardPage';
import { itemName, KeyTile } from './KeyTiles';
import { summaryTone } from './logic';
import { buildSlides, step, type Slide } from './slides';
import { trendOption, trendYears } from './Trend';

const EChart = lazy(() => import('../../components/EChart'));
const chartFont = 22;

function Title({ children }: { children: ReactNode }) {
  return <h1 className="slide-title">{children}</h1>;
}

function Chart({ option, label }: { option: EChartsCoreOption; label: string }) {
  return <Suspense fallback={<div style={{ height: '58vh' }} />}><EChart option={option} label={label} height="58vh" /></Suspense>;
}

function TrendSlide({ card, slide }: { card: Scorecard; slide: Extract<Slide, { kind: 'trend' }> }) {
  const { t, lang } = useI18n();
  const { from, to } = trendYears(card.period.code);
  const series = useQuery(targetQueries.series(slide.item.indicator, card.unit, from, to));
  const name = itemName(slide.item, lang);
  const option = useMemo(() => series.data
    && trendOption(series.data.points, slide.item, { actual: `${name} (${slide.item.measure})`, target: t('target'), change: t('trendChange') },
      lang, chartFont, series.data.changes),
  [series.data, slide.item, name, t, lang]);
  return (
    <>
      <Title>{t('trend')}: {name}</Title>
      {option && <Chart option={option} label={`${t('trend')}: ${name}`} />}
    </>
  );
}

function OversightSlide({ card }: { card: Scorecard }) {
  const { t } = useI18n();
  const stats = useQuery(oversightQueries.stats(card.unit, card.period.code));
  return (
    <>
      <Title>{t('partyWork')}</Title>
      <p className="slide-sentence" data-testid="slide-oversight">
        {stats.data && <OversightSentence clauses={stats.data.clauses} fallback={stats.data.sentence} />}
      </p>
    </>
  );
}

function SlideView({ card, slide }: { card: Scorecard; slide: Slide }) {
  const { t, lang, name } = useI18n();
  const donut = useMemo(() => donutOption(card, (s) => name('targetStatus', s), chartFont), [card, name]);
  switch (slide.kind) {
    case 'summary': {
      const empty = card.total === card.no_data;
      return (
        <>
          <Title>{t('summary')} {formatPeriod(card.period.code, lang, true)}</Title>
          <div className="slide-split">
            <div>
              <div className="slide-big" style={{ color: tones[summaryTone(card)].color }} data-testid="slide-count">
                {empty ? '—' : `${card.exceeded + card.met}/${card.total}`}
              </div>
              <p className="slide-sentence">{empty ? t('noFiguresYet', { n: card.total }) : summaryOf(card, lang)}</p>
            </div>
            {!empty && <div><Chart option={donut} label={t('statusChart')} /></div>}
          </div>
        </>
      );
    }
    case 'keys':
      return (
        <>
          <Title>{t('keyFigures')}</Title>
          <div className="slide-tiles">
            {slide.items.map((i) => <KeyTile key={i.indicator} item={i} previousYear={card.period.previous_year} large />)}
          </div>
        </>
      );
    case 'area':
      return (
        <>
          <Title>{name('area', slide.area)}{slide.parts > 1 ? ` (${slide.part}/${slide.parts})` : ''}</Title>
          <table className="slide-table">
            <thead><tr><th>{t('indicator')}</th><th>{t('actual')}</th><th>{t('achievement')}</th><th>{t('status')}</th></tr></thead>
            <tbody>
              {slide.items.map((i) => (
                <tr key={i.indicator}>
                  <td>{itemName(i, lang)} {i.illustrative && <IllustrativeTag />}</td>
                  <td className="num">{i.actual === null ? '—' : withMeasure(i.actual, i, lang)}</td>
                  <td className="num">{i.target_pct === null ? '' : formatPercent(i.target_pct, lang)}</td>
                  <td><ItemStatusTag item={i} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
    case 'trend':
      return <TrendSlide card={card} slide={slide} />;
    case 'oversight':
      return <OversightSlide card={card} />;
  }
}

export default function PresentationPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { unit, period, ready } = useSelection();
  const card = useQuery({ ...targetQueries.scorecard(unit, period), enabled: ready });
  const slides = useMemo(() => (card.data ? buildSlides(card.data, { oversight: can(me.data, 'oversight.read') }) : []), [card.data, me.data]);
  const at = Math.min(Number(params.get('slide') ?? 1) - 1, Math.max(slides.length - 1, 0));
  const go = useCallback((n: number) => {
    const next = new URLSearchParams(params);
    next.set('slide', String(n + 1));
    setParams(next, { replace: true });
  }, [params, setParams]);
  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    navigate(`${paths.dashboard}?unit=${encodeURIComponent(unit)}&period=${period}`);
  }, [navigate, unit, period]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest('button, a, input, select, textarea') && (e.key === ' ' || e.key === 'Enter')) return;
      if (e.key === 'Escape' && !document.fullscreenElement) return leave();
      if (e.key === 'f') return void document.documentElement.requestFullscreen?.().catch(() => undefined);
      const n = step(e.key, at, slides.length);
      if (n === null) return;
      e.preventDefault();
      go(n);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [at, slides.length, go, leave]);

  const slide = slides[at];
  return (
    <main className="presentation" data-testid="presentation">
      <div className="slide-corner" data-testid="slide-corner">{card.data?.unit_name} · {formatPeriod(period, lang)}</div>
      {!card.data && <QueryState isPending={!ready || card.isPending} error={card.error} refetch={card.refetch} />}
      {card.data && slide && <section className="slide" aria-live="polite" data-testid={`slide-${slide.kind}`}><SlideView card={card.data} slide={slide} /></section>}
      <nav className="slide-controls" aria-label={t('presentation')}>
        <Space>
          <Button icon={<LeftOutlined />} aria-label={t('previousSlide')} onClick={() => go(Math.max(at - 1, 0))} disabled={at === 0} />
          <span data-testid="slide-number">{t('slideOf', { n: at + 1, total: slides.length })}</span>
          <Button icon={<RightOutlined />} aria-label={t('nextSlide')} onClick={() => go(Math.min(at + 1, slides.length - 1))} disabled={at >= slides.length - 1}
            data-testid="next-slide" />
          <Button icon={<FullscreenOutlined />} aria-label={t('fullScreen')} onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)} />
          <Button icon={<CloseOutlined />} aria-label={t('exitPresentation')} onClick={leave} data-testid="leave-presentation" />
        </Space>
        <span className="slide-help">{t('presentHelp')}</span>
      </nav>
    </main>
  );
}
