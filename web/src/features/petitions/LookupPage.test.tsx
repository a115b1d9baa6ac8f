import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';

import { I18nProvider } from '../../i18n';
import LookupPage from './LookupPage';

afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

test('a code typed in lower case without its hyphen is sent as printed, and the status is named', async () => {
  const fetch = answer(200, { tracking_code: 'HT2611-AB12CD', received_on: '2026-11-24', status: 'in_resolution', next_deadline: '2026-12-24', handling_unit: 'UBND phường Trần Phú' });
  vi.stubGlobal('fetch', fetch);
  render(<I18nProvider initial="vi"><LookupPage /></I18nProvider>);
  await userEvent.type(screen.getByLabelText('Mã hồ sơ'), 'ht2611 ab12cd');
  await userEvent.type(screen.getByLabelText('Mã tra cứu'), '1234 5678');
  await userEvent.click(screen.getByRole('button', { name: 'Tra cứu đơn' }));
  expect(await screen.findByTestId('lookup-status')).toHaveTextContent('Đang giải quyết');
  const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
  expect(JSON.parse(String(init.body))).toEqual({ tracking_code: 'HT2611-AB12CD', pin: '12345678' });
  expect(screen.getByText('24/12/2026')).toBeInTheDocument();
});

test('offline, the page says so in the chosen language', async () => {
  vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
  render(<I18nProvider initial="en"><LookupPage /></I18nProvider>);
  await userEvent.type(screen.getByLabelText('Tracking code'), 'HT2611-AB12CD');
  await userEvent.type(screen.getByLabelText('Lookup PIN'), '12345678');
  await userEvent.click(screen.getByRole('button', { name: 'Look up a letter' }));
  const error = await screen.findByTestId('lookup-error');
  expect(error).toHaveTextContent('The server cannot be reached');
});
