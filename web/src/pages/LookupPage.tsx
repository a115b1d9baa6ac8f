// Tra cứu đơn: a citizen checks a letter with the tracking code and the lookup PIN of the
// receipt. No login; nothing personal is shown. The PIN travels in the body, never in a URL.
import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useState } from 'react';

import { api, ApiError } from '../api';
import { formatDate } from '../format';
import { useI18n } from '../i18n';

interface Status { tracking_code: string; received_on: string; status_text: string; next_deadline: string | null; handling_unit: string }

export function LookupPage() {
  const { t, toggle } = useI18n();
  const [result, setResult] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function lookup(v: { code: string; pin: string }) {
    setError(null);
    setResult(null);
    try {
      setResult(await api<Status>('POST', '/api/v1/public/petitions/lookup', { tracking_code: v.code, pin: v.pin }));
    } catch (e) {
      setError(e instanceof ApiError ? e.detail : String(e));
    }
  }
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#fbf3f6', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 480 }}>
        <Typography.Title level={3} style={{ color: '#b0245d' }}>{t('lookup')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('lookupHelp')}</Typography.Paragraph>
        <Form layout="vertical" onFinish={lookup}>
          <Form.Item label={t('trackingCode')} name="code" rules={[{ required: true, message: t('valueRequired') }]}><Input placeholder="HT2611-XXXXXX" /></Form.Item>
          <Form.Item label={t('lookupPin')} name="pin" rules={[{ required: true, pattern: /^\s*(\d\s*){8}$/, message: t('lookupPinRule') }]}>
            <Input inputMode="numeric" maxLength={12} autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block>{t('lookup')}</Button>
        </Form>
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 16 }} />}
        {result && (
          <Descriptions column={1} bordered size="small" style={{ marginTop: 16 }}>
            <Descriptions.Item label={t('trackingCode')}>{result.tracking_code}</Descriptions.Item>
            <Descriptions.Item label={t('receivedOn')}>{formatDate(result.received_on)}</Descriptions.Item>
            <Descriptions.Item label={t('status')}><b data-testid="lookup-status">{result.status_text}</b></Descriptions.Item>
            {result.next_deadline && <Descriptions.Item label={t('nextDeadline')}>{formatDate(result.next_deadline)}</Descriptions.Item>}
            <Descriptions.Item label={t('handlingUnit')}>{result.handling_unit}</Descriptions.Item>
          </Descriptions>
        )}
        <Button type="link" onClick={toggle} style={{ padding: 0, marginTop: 12 }}>{t('language')}</Button>
      </Card>
    </div>
  );
}
