// The rules of the letter pages that are not the server's: colours, how a deadline reads, the
// summary in the queue, and the tracking code as a citizen may type it.
import { formatNumber } from '../../format';
import type { I18n } from '../../i18n';
import type { Tone } from '../../theme';
import type { PetitionStatus } from './api';

// Red when overdue, orange with three days or fewer left, blue while handled.
export function urgencyTone(status: PetitionStatus, daysLeft: number | null): Tone {
  if (status.endsWith('_overdue')) return 'danger';
  if (daysLeft !== null && daysLeft <= 3) return 'warning';
  if (status === 'in_resolution' || status === 'awaiting_processing') return 'info';
  if (status === 'suspended') return 'purple';
  return 'neutral';
}

// "còn 5 ngày", "đến hạn hôm nay", "quá hạn 246 ngày" — never a bare "(-246)".
export function dueNote(daysLeft: number | null, { t, lang }: Pick<I18n, 't' | 'lang'>): string {
  if (daysLeft === null) return '';
  const n = formatNumber(Math.abs(daysLeft), 0, lang);
  if (daysLeft < 0) return t('overdueDays', { n });
  return daysLeft === 0 ? t('dueToday') : t('daysLeftText', { n });
}

// The letter's content cut at a word to at most `max` characters, with an ellipsis when cut.
export function summarise(content: string, max = 110): string {
  const text = content.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}

// A tracking code as typed — any case, spaces, with or without its hyphen — in the form printed
// on the receipt ("HT2611-AB12CD"); what is not twelve letters and digits is left as typed.
export function normaliseTrackingCode(typed: string): string {
  const plain = typed.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z0-9]{12}$/.test(plain) ? `${plain.slice(0, 6)}-${plain.slice(6)}` : typed.trim();
}
