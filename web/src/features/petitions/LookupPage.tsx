// Tra cứu đơn: a citizen checks a letter with the tracking code and the lookup PIN of the
// receipt. No login; nothing personal is shown. The code may be typed in any case, with spaces or
// without its hyphen. The PIN travels in the body, never in a URL.
import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useState } from 'react';

import { errorText } from '../../components/States';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { brand } from '../../theme';
import { lookUp, type PublicStatus } from './api';
import { normaliseTrackingCode } from './logic';

export default function LookupPage() {
  const { t, name, toggle } = useI18n();
  const [result, setResult] = useState<PublicStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function lookup(v: { code: string; pin: string }) {
    setError(null);
    setResult(null);
    try {
      setResult(await lookUp(normaliseTrackingCode(v.code), v.pin.replace(/\s/g, '')));
    } catch (e) {
      setError(errorText(e as Error, t));
    }
  }
  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#fbf3f6', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 480 }}>
        <Typography.Title level={1} style={{ color: brand, fontSize: 26 }}>{t('lookup')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('lookupHelp')}</Typography.Paragraph>
        <Form layout="vertical" onFinish={lookup}>
          <Form.Item label={t('trackingCode')} name="code" rules={[{ required: true, message: t('valueRequired') }]}>
            <Input placeholder="HT2611-XXXXXX" autoCapitalize="characters" autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('lookupPin')} name="pin" rules={[{ required: true, pattern: /^\s*(\d\s*){8}$/, message: t('lookupPinRule') }]}>
            <Input inputMode="numeric" maxLength={12} autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block>{t('lookup')}</Button>
        </Form>
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 16 }} data-testid="lookup-error" />}
        {result && (
          <Descriptions column={1} bordered size="small" style={{ marginTop: 16 }}>
            <Descriptions.Item label={t('trackingCode')}>{result.tracking_code}</Descriptions.Item>
            <Descriptions.Item label={t('receivedOn')}>{formatDate(result.received_on)}</Descriptions.Item>
            <Descriptions.Item label={t('status')}><b data-testid="lookup-status">{name('petitionStatus', result.status)}</b></Descriptions.Item>
            {result.next_deadline && <Descriptions.Item label={t('nextDeadline')}>{formatDate(result.next_deadline)}</Descriptions.Item>}
            <Descriptions.Item label={t('handlingUnit')}>{result.handling_unit}</Descriptions.Item>
          </Descriptions>
        )}
        <Button type="link" onClick={toggle} style={{ padding: 0, marginTop: 12 }}>{t('language')}</Button>
      </Card>
    </main>
  );
}
