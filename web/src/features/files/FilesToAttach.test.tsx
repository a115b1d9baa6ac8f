import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { afterEach, expect, test, vi } from 'vitest';

import { I18nProvider } from '../../i18n';
import { FilesToAttach } from './FilesToAttach';

// The icon package is CommonJS that requires ES modules, which Debian's Node.js 18 cannot load.
vi.mock('@ant-design/icons', () => ({ UploadOutlined: () => null }));

afterEach(() => vi.unstubAllGlobals());

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function shown(onChange: (ids: number[]) => void) {
  const { container } = render(<I18nProvider initial="vi"><App><FilesToAttach onChange={onChange} /></App></I18nProvider>);
  return container.querySelector('input[type=file]') as HTMLInputElement;
}

test('each file chosen is uploaded at once to /api/v1/files and its id given to the form', async () => {
  const fetch = vi.fn(async () => json(201, { id: 7, name: 'bien-ban.pdf', url: '/api/v1/files/7' }));
  vi.stubGlobal('fetch', fetch);
  const onChange = vi.fn();
  await userEvent.upload(shown(onChange), new File(['%PDF-1.4'], 'bien-ban.pdf', { type: 'application/pdf' }));
  await waitFor(() => expect(onChange).toHaveBeenLastCalledWith([7]));
  const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
  expect(path).toBe('/api/v1/files');
  expect(init.method).toBe('POST');
  expect((init.body as FormData).get('file')).toBeInstanceOf(File);
});

test('a refused file is named and not sent with the record', async () => {
  vi.stubGlobal('fetch', vi.fn(async () => json(400, { status: 400, title: 'Yêu cầu không hợp lệ', detail: 'Chỉ nhận tệp PDF, DOCX, XLSX, PNG, JPEG', field: 'file' })));
  const onChange = vi.fn();
  await userEvent.upload(shown(onChange), new File(['MZ'], 'virus.pdf', { type: 'application/pdf' }));
  await waitFor(() => expect(document.body).toHaveTextContent('Chỉ nhận tệp PDF'));
  expect(onChange).toHaveBeenLastCalledWith([]);
});
