// Lịch: lunar dates, the year's holidays and days off, and legal deadlines as the rules count them.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, InputNumber, Row, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';

import { api, ApiError, type Items } from '../api';
import { QueryState } from '../components/States';
import { formatDate } from '../format';
import { useI18n } from '../i18n';

interface Lunar { date: string; text: string }
interface Holiday { date: string; name: string; kind: string; source: string }
interface Rule { code: string; variant: string; name: string; limit: number; basis: string; source: string; valid_from: string }
interface Due { start: string; due: string; rule: Rule }

const kindColors: Record<string, string> = { holiday: 'red', compensatory: 'volcano', decision: 'magenta', working_day: 'blue' };

export default function CalendarPage() {
  const { t, lang } = useI18n();
  const [day, setDay] = useState<Dayjs>(dayjs());
  const [year, setYear] = useState<number>(dayjs().year());
  const lunar = useQuery({ queryKey: ['lunar', day.format('YYYY-MM-DD')], queryFn: () => api<Lunar>('GET', `/api/v1/calendar/lunar?date=${day.format('YYYY-MM-DD')}`) });
  const holidays = useQuery({ queryKey: ['holidays', year], queryFn: () => api<Items<Holiday>>('GET', `/api/v1/calendar/holidays?year=${year}`) });
  const rules = useQuery({ queryKey: ['rules'], queryFn: () => api<Items<Rule>>('GET', '/api/v1/calendar/rules') });
  const [due, setDue] = useState<Due | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm();
  const code = Form.useWatch('rule', form);
  const codes = [...new Map((rules.data?.items ?? []).map((r) => [r.code, r])).values()];
  const variants = (rules.data?.items ?? []).filter((r) => r.code === code);
  const weekday = (iso: string) => dayjs(iso).locale(lang === 'vi' ? 'vi' : 'en').format('dddd');

  async function compute(v: { rule: string; variant: string; start: Dayjs }) {
    setProblem(null);
    try {
      setDue(await api<Due>('GET', `/api/v1/calendar/deadline?rule=${v.rule}&variant=${v.variant ?? 'base'}&start=${v.start.format('YYYY-MM-DD')}`));
    } catch (e) {
      setDue(null);
      setProblem(e instanceof ApiError ? e.detail : String(e));
    }
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('calendar')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('lunarDate')}>
            <Space direction="vertical">
              <DatePicker aria-label={t('solarDate')} format="DD/MM/YYYY" value={day} allowClear={false} onChange={(d) => d && setDay(d)} />
              <Typography.Title level={4} data-testid="lunar-text" style={{ margin: 0 }}>{lunar.data?.text}</Typography.Title>
              <Typography.Text type="secondary">{formatDate(day.format('YYYY-MM-DD'))} · {weekday(day.format('YYYY-MM-DD'))}</Typography.Text>
            </Space>
          </Card>
          <Card title={t('deadlineCalculator')} style={{ marginTop: 16 }}>
            <Form form={form} layout="vertical" onFinish={compute} initialValues={{ variant: 'base', start: dayjs() }}>
              <Form.Item label={t('rule')} name="rule" rules={[{ required: true, message: t('valueRequired') }]}>
                <Select data-testid="rule-picker" options={codes.map((r) => ({ value: r.code, label: r.name }))} onChange={() => form.setFieldValue('variant', 'base')} />
              </Form.Item>
              <Form.Item label={t('variant')} name="variant">
                <Select options={variants.map((r) => ({ value: r.variant, label: `${r.name} (${r.limit} ${r.basis === 'working_days' ? (lang === 'vi' ? 'ngày làm việc' : 'working days') : t('days')})` }))} />
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
                <Descriptions.Item label={t('rule')}>{due.rule.name}: {due.rule.limit} {due.rule.basis === 'working_days' ? (lang === 'vi' ? 'ngày làm việc' : 'working days') : t('days')}</Descriptions.Item>
                <Descriptions.Item label={t('source')}>{due.rule.source}</Descriptions.Item>
              </Descriptions>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('holidays')} extra={<InputNumber aria-label={t('year')} min={2012} max={2100} value={year} onChange={(v) => v && setYear(v)} />}>
            <QueryState isPending={holidays.isPending} error={holidays.error} />
            {holidays.data && (
              <Table size="small" rowKey="date" pagination={false} dataSource={holidays.data.items} scroll={{ x: true }}
                columns={[
                  { title: t('date'), dataIndex: 'date', render: (d: string) => `${formatDate(d)} (${weekday(d)})` },
                  { title: t('name'), dataIndex: 'name' },
                  { title: t('kind'), dataIndex: 'kind', render: (k: string) => <Tag color={kindColors[k]}>{k}</Tag> },
                ]} />
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
