// Báo cáo: the annual or periodic report of a unit, downloaded as DOCX, XLSX, PDF or HTML in the
// official form; and, for those who plan targets, releasing the period's indicators as open data.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Input, Select, Space, Typography } from 'antd';
import { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';

import { api, ApiError } from '../api';
import { UnitPeriodPicker } from '../components/UnitPeriodPicker';
import { formatPeriod } from '../format';
import { useI18n } from '../i18n';
import { paths } from '../paths';
import { useSelection } from '../selection';
import { can, useMe } from '../session';
import { DraftsCard } from './reports/DraftsCard';

const formats = [['docx', 'Word (DOCX)'], ['pdf', 'PDF'], ['xlsx', 'Excel (XLSX)'], ['html', 'HTML']] as const;

export default function ReportsPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const { unit, period, ready, select } = useSelection();
  const [issuer, setIssuer] = useState('party');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState<Dayjs | null>(null);
  const annual = /^\d{4}$/.test(period);
  const query = new URLSearchParams({ unit, issuer, ...(date ? { date: date.format('YYYY-MM-DD') } : {}), ...(number ? { number } : {}) });
  if (annual) query.set('year', period);
  else query.set('period', period);
  const href = (format: string) => `/api/v1/reports/${annual ? 'annual' : 'periodic'}?${query}&format=${format}`;
  const queryClient = useQueryClient();
  const releases = useQuery({ queryKey: ['open-data'], queryFn: () => api<{ items: { unit: string; period: string; released_at: string }[] }>('GET', '/api/v1/open-data') });
  const current = releases.data?.items.find((r) => r.unit === unit && r.period === period);
  const change = useMutation({
    mutationFn: (action: 'releases' | 'withdrawals') => api('POST', `/api/v1/open-data/${action}`, { unit, period }),
    onSuccess: async (_, action) => {
      message.success(action === 'releases' ? t('released') : t('withdrawn'));
      await queryClient.invalidateQueries({ queryKey: ['open-data'] });
    },
  });
  const error = change.error as ApiError | null;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('reports')}</Typography.Title>
      <UnitPeriodPicker unit={unit} period={period} onChange={select} />
      <Card size="small" title={`${t('reportTitle')} ${ready ? formatPeriod(period, lang) : ''}`}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Select value={issuer} onChange={setIssuer} style={{ width: 330 }} aria-label={t('issuer')}
              options={[{ value: 'party', label: t('issuerParty') }, { value: 'state', label: t('issuerState') }]} />
            <Input value={number} onChange={(e) => setNumber(e.target.value)} placeholder={t('documentNumber')} style={{ width: 140 }} maxLength={20} />
            <DatePicker value={date} onChange={setDate} format="DD/MM/YYYY" aria-label={t('date')} placeholder={t('date')} />
          </Space>
          <Typography.Text type="secondary">{annual ? t('reportAnnualHelp') : t('reportPeriodicHelp')}</Typography.Text>
          <Space wrap>
            {formats.map(([format, label]) => (
              <Button key={format} href={ready ? href(format) : undefined} disabled={!ready} data-testid={`report-${format}`}
                target={format === 'html' ? '_blank' : undefined}>{label}</Button>
            ))}
          </Space>
        </Space>
      </Card>
      <DraftsCard unit={unit} period={period} ready={ready} />
      <Card size="small" title={t('openData')}>
        <Space direction="vertical">
          <Typography.Text>{t('openDataHelp')} <Link to={paths.openData}>{t('openDataPage')}</Link></Typography.Text>
          {error && <Alert type="error" showIcon message={error.detail} />}
          {current && <Typography.Text type="success" data-testid="released-on">{t('releasedOn')} {new Date(current.released_at).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })}</Typography.Text>}
          {can(me.data, 'targets.plan') && (
            <Space wrap>
              <Button onClick={() => change.mutate('releases')} loading={change.isPending} disabled={!ready} data-testid="release-open-data">
                {t('release')} {ready ? formatPeriod(period, lang) : ''}
              </Button>
              {current && <Button danger onClick={() => change.mutate('withdrawals')} loading={change.isPending}>{t('withdraw')}</Button>}
            </Space>
          )}
        </Space>
      </Card>
    </Space>
  );
}
