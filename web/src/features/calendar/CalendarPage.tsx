// Lịch: lunar dates, the year's holidays and days off, and legal deadlines as the rules count them.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, InputNumber, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';

import { PageHeader } from '../../components/PageHeader';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { errorText, QueryState } from '../../components/States';
import { ToneTag } from '../../components/ToneTag';
import { formatDate, formatNumber } from '../../format';
import { officeToday } from '../../today';
import { useI18n } from '../../i18n';
import type { Tone } from '../../theme';
import { calendarQueries, deadline, type DeadlineAnswer, type DeadlineRule, type Holiday } from './api';

const kindTone: Record<Holiday['kind'], Tone> = { holiday: 'danger', compensatory: 'warning', decision: 'purple', working_day: 'info' };

export default function CalendarPage() {
  const { t, lang, name } = useI18n();
  const [day, setDay] = useState<Dayjs>(officeToday());
  const [year, setYear] = useState<number>(officeToday().year());
  const lunar = useQuery(calendarQueries.lunar(day.format('YYYY-MM-DD')));
  const holidays = useQuery(calendarQueries.holidays(year));
  const rules = useQuery(calendarQueries.rules());
  const [due, setDue] = useState<DeadlineAnswer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm();
  const code = Form.useWatch('rule', form);
  const codes = [...new Map((rules.data?.items ?? []).map((r) => [r.code, r])).values()];
  const variants = [...new Map((rules.data?.items ?? []).filter((r) => r.code === code).map((r) => [r.variant, r])).values()];
  const weekday = (iso: string) => dayjs(iso).locale(lang === 'vi' ? 'vi' : 'en').format('dddd');
  const ruleName = (r: DeadlineRule) => (lang === 'vi' ? r.name : name('deadlineRule', r.code));
  const limit = (r: DeadlineRule) => `${formatNumber(r.limit, 0, lang)} ${name('dayBasis', r.basis)}`;

  async function compute(v: { rule: string; variant: string; start: Dayjs }) {
    setProblem(null);
    try {
      setDue(await deadline(v.rule, v.variant ?? 'base', v.start.format('YYYY-MM-DD')));
    } catch (e) {
      setDue(null);
      setProblem(errorText(e as Error, t));
    }
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('calendar')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={<h2 className="card-heading">{t('lunarDate')}</h2>}>
            <Space direction="vertical">
              <label className="picker">
                <span>{t('solarDate')}</span>
                <DatePicker id="solar-date" format="DD/MM/YYYY" value={day} allowClear={false} onChange={(d) => d && setDay(d)} />
              </label>
              <Typography.Title level={3} data-testid="lunar-text" style={{ margin: 0 }}>{lunar.data?.text}</Typography.Title>
              <Typography.Text type="secondary">{formatDate(day.format('YYYY-MM-DD'))} · {weekday(day.format('YYYY-MM-DD'))}</Typography.Text>
            </Space>
          </Card>
          <Card title={<h2 className="card-heading">{t('deadlineCalculator')}</h2>} style={{ marginTop: 16 }}>
            <Form form={form} layout="vertical" onFinish={compute} initialValues={{ variant: 'base', start: officeToday() }}>
              <Form.Item label={t('rule')} name="rule" rules={[{ required: true, message: t('valueRequired') }]}>
                <Select data-testid="rule-picker" options={codes.map((r) => ({ value: r.code, label: ruleName(r) }))} onChange={() => form.setFieldValue('variant', 'base')} />
              </Form.Item>
              <Form.Item label={t('variant')} name="variant">
                <Select options={variants.map((r) => ({ value: r.variant, label: `${name('ruleVariant', r.variant)} (${limit(r)})` }))} />
              </Form.Item>
              <Form.Item label={t('eventDate')} name="start" rules={[{ required: true, message: t('dateRequired') }]}>
                <DatePicker format="DD/MM/YYYY" />
              </Form.Item>
              <Button type="primary" htmlType="submit">{t('compute')}</Button>
            </Form>
            {problem && <Alert type="error" showIcon message={problem} style={{ marginTop: 12 }} />}
            {due && (
              <Descriptions column={1} size="small" bordered style={{ marginTop: 12 }}>
                <Descriptions.Item label={t('dueDate')}><b data-testid="deadline-due">{formatDate(due.due)}</b> ({weekday(due.due)})</Descriptions.Item>
                <Descriptions.Item label={t('rule')}>{ruleName(due.rule)}: {limit(due.rule)}</Descriptions.Item>
                <Descriptions.Item label={t('source')}>{due.rule.source}</Descriptions.Item>
              </Descriptions>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={<h2 className="card-heading">{t('holidays')}</h2>}
            extra={<label className="picker"><span>{t('year')}</span><InputNumber id="holiday-year" min={2012} max={2100} value={year} onChange={(v) => v && setYear(v)} /></label>}>
            <QueryState isPending={holidays.isPending} error={holidays.error} refetch={holidays.refetch} />
            {holidays.data && (
              <ResponsiveTable<Holiday> size="small" rowKey="date" pagination={false} dataSource={holidays.data.items} scroll={{ x: true }}
                columns={[
                  { title: t('date'), dataIndex: 'date', render: (d: string) => `${formatDate(d)} (${weekday(d)})` },
                  { title: t('name'), dataIndex: 'name' },
                  { title: t('kind'), dataIndex: 'kind', render: (k: Holiday['kind']) => <ToneTag tone={kindTone[k]}>{name('holidayKind', k)}</ToneTag> },
                ]} />
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
