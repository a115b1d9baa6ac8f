// Báo cáo: the annual or periodic report of a unit, downloaded as DOCX, XLSX, PDF or HTML in the
// official form; and, for those who plan targets, releasing the period's indicators as open data.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Input, Select, Space, Typography } from 'antd';
import { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';

import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../components/States';
import { UnitPeriodPicker } from '../../components/UnitPeriodPicker';
import { formatDateTime, formatPeriod } from '../../format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { useSelection } from '../../selection';
import { can, useMe } from '../auth/session';
import { release, reportHref, reportKeys, reportQueries, withdraw } from './api';
import { DraftsCard } from './DraftsCard';

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
  const href = (format: string) => reportHref({ unit, period, issuer, date: date?.format('YYYY-MM-DD'), number: number || undefined }, format);
  const queryClient = useQueryClient();
  const releases = useQuery(reportQueries.releases());
  const current = releases.data?.items.find((r) => r.unit === unit && r.period === period);
  const change = useMutation({
    mutationFn: (action: 'release' | 'withdraw') => (action === 'release' ? release(unit, period) : withdraw(unit, period)),
    onSuccess: async (_, action) => {
      message.success(action === 'release' ? t('released') : t('withdrawn'));
      await queryClient.invalidateQueries({ queryKey: reportKeys.openData });
    },
  });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('reports')} extra={<UnitPeriodPicker unit={unit} period={period} onChange={select} />} />
      <Card size="small" title={<h2 className="card-heading">{t('reportTitle')} {ready ? formatPeriod(period, lang, true) : ''}</h2>}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <label className="picker">
              <span>{t('issuer')}</span>
              <Select id="report-issuer" value={issuer} onChange={setIssuer} style={{ width: 330 }}
                options={[{ value: 'party', label: t('issuerParty') }, { value: 'state', label: t('issuerState') }]} />
            </label>
            <label className="picker">
              <span>{t('documentNumber')}</span>
              <Input value={number} onChange={(e) => setNumber(e.target.value)} style={{ width: 140 }} maxLength={20} />
            </label>
            <label className="picker">
              <span>{t('date')}</span>
              <DatePicker id="report-date" value={date} onChange={setDate} format="DD/MM/YYYY" placeholder={t('date')} />
            </label>
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
      <Card size="small" title={<h2 className="card-heading">{t('openData')}</h2>}>
        <Space direction="vertical">
          <Typography.Text>{t('openDataHelp')} <Link to={paths.openData}>{t('openDataPage')}</Link></Typography.Text>
          {change.error && <Alert type="error" showIcon message={errorText(change.error, t)} />}
          {current && <Typography.Text type="success" data-testid="released-on">{t('releasedOn')} {formatDateTime(current.released_at).slice(0, 10)}</Typography.Text>}
          {can(me.data, 'targets.plan') && (
            <Space wrap>
              <Button onClick={() => change.mutate('release')} loading={change.isPending} disabled={!ready} data-testid="release-open-data">
                {t('release')} {ready ? formatPeriod(period, lang, true) : ''}
              </Button>
              {current && <Button danger onClick={() => change.mutate('withdraw')} loading={change.isPending}>{t('withdraw')}</Button>}
            </Space>
          )}
        </Space>
      </Card>
    </Space>
  );
}
