// Numbers and dates as users read and type them: Vietnamese by default ("1.172,5", "27/12/2022"),
// English when the interface is switched ("1,172.5", "27/12/2022").

import type { Lang } from './i18n/define';

export type { Lang };

const formatters = new Map<string, Intl.NumberFormat>();

// `value` with at most `decimals` decimals, grouped by thousands.
export function formatNumber(value: number, decimals: number, lang: Lang = 'vi'): string {
  const key = `${lang}:${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    formatters.set(key, f);
  }
  return f.format(value);
}

// "152%", "90,2%" (one decimal at most).
export function formatPercent(value: number, lang: Lang = 'vi'): string {
  return `${formatNumber(value, 1, lang)}%`;
}

// Parses a number as typed in the language's convention, strictly: in Vietnamese "1.172,5" or
// "1172,5"; in English "1,172.5" or "1172.5". Returns null for anything else.
export function parseNumber(text: string, lang: Lang = 'vi'): number | null {
  const s = text.trim().replace(/\s/g, '');
  const group = lang === 'vi' ? '.' : ',';
  const decimal = lang === 'vi' ? ',' : '.';
  const g = group === '.' ? '\\.' : ',';
  const d = decimal === '.' ? '\\.' : ',';
  const pattern = new RegExp(`^-?(\\d{1,3}(${g}\\d{3})+|\\d+)(${d}\\d+)?$`);
  if (!pattern.test(s)) return null;
  const canonical = s.split(group).join('').replace(decimal, '.');
  const n = Number(canonical);
  return Number.isFinite(n) ? n : null;
}

// Đồng as offices write amounts: "150 tỷ đồng", "560 triệu đồng", "1.172,5 tỷ đồng".
export function formatMoney(dong: number, lang: Lang = 'vi'): string {
  const scale = moneyScale([dong], lang);
  return `${formatNumber(dong / scale.divisor, 3, lang)} ${scale.unit}`;
}

// One unit for a column of amounts: tỷ đồng when the largest is a billion or more, else triệu
// đồng, so that a column never mixes "3,831 tỷ đồng" and "695 triệu đồng".
export function moneyScale(amounts: number[], lang: Lang = 'vi'): { divisor: number; unit: string } {
  const billions = amounts.some((a) => Math.abs(a) >= 1e9);
  if (billions) return { divisor: 1e9, unit: lang === 'vi' ? 'tỷ đồng' : 'billion đồng' };
  return { divisor: 1e6, unit: lang === 'vi' ? 'triệu đồng' : 'million đồng' };
}

// An amount in a column's unit, without the unit (it stands in the header): "3,831", "0,695".
export function formatInScale(dong: number, scale: { divisor: number }, lang: Lang = 'vi'): string {
  return formatNumber(dong / scale.divisor, 3, lang);
}

// "2022-12-27" → "27/12/2022".
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

// A UTC timestamp of the server ("2026-11-27T01:15:30.123Z") in Vietnam time (UTC+7), as
// "27/11/2026 08:15"; the text itself when it is not such a timestamp.
export function formatDateTime(utc: string | null | undefined): string {
  if (!utc) return '';
  const when = Date.parse(utc);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(utc) || Number.isNaN(when)) return utc;
  const local = new Date(when + 7 * 3600_000).toISOString();
  return `${formatDate(local)} ${local.slice(11, 16)}`;
}

// "2023-6M" → "6 tháng đầu năm 2023" / "First half of 2023", etc. Inside a sentence (`inline`),
// Vietnamese starts in lower case: "Báo cáo năm 2022".
export function formatPeriod(code: string, lang: Lang = 'vi', inline = false): string {
  const text = periodWords(code, lang);
  return inline && lang === 'vi' ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function periodWords(code: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(6M|9M|Q([1-4])|(\d{2})))?$/.exec(code);
  if (!m) return code;
  const [, year, rest, quarter, month] = m;
  if (!rest) return lang === 'vi' ? `Năm ${year}` : `${year}`;
  if (rest === '6M') return lang === 'vi' ? `6 tháng đầu năm ${year}` : `First half of ${year}`;
  if (rest === '9M') return lang === 'vi' ? `9 tháng năm ${year}` : `Nine months of ${year}`;
  if (quarter) return lang === 'vi' ? `Quý ${quarter}/${year}` : `Q${quarter} ${year}`;
  return lang === 'vi' ? `Tháng ${Number(month)}/${year}` : `${month}/${year}`;
}

// Today in Vietnam (UTC+7) as an ISO date, whatever the device's time zone.
export function todayInVietnam(now: number = Date.now()): string {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
}
