// Colours chosen for contrast of at least 4.5:1 on white (WCAG AA) wherever text is drawn, and the
// tones of status tags, the same on every page.
import type { ThemeConfig } from 'antd';

export const brand = '#b0245d';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: brand,
    colorLink: '#9c1f52',
    colorInfo: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.45)',
    colorError: '#c41d1d',
    colorSuccess: '#2f7d0a',
    colorWarning: '#ad5b00',
    borderRadius: 6,
  },
};

// Text and background of a tag by tone; every pair is at least 4.5:1.
export const tones = {
  success: { color: '#135200', background: '#f6ffed', border: '#b7eb8f' },
  info: { color: '#003a8c', background: '#e6f4ff', border: '#91caff' },
  teal: { color: '#00474f', background: '#e6fffb', border: '#87e8de' },
  warning: { color: '#7a3e00', background: '#fff7e6', border: '#ffd591' },
  danger: { color: '#a8071a', background: '#fff1f0', border: '#ffa39e' },
  purple: { color: '#391085', background: '#f9f0ff', border: '#d3adf7' },
  gold: { color: '#613400', background: '#fffbe6', border: '#ffe58f' },
  neutral: { color: '#262626', background: '#fafafa', border: '#d9d9d9' },
} as const;

export type Tone = keyof typeof tones;

// Chart colours (for marks, not text): exceeded, met, not met, no data.
export const statusChartColors = { exceeded: '#389e0d', met: '#08979c', not_met: '#cf1322', no_data: '#8c8c8c' } as const;
