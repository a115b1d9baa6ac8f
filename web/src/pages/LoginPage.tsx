import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';

import { api, ApiError, setCsrfToken } from '../api';
import { paths } from '../paths';
import { useI18n } from '../i18n';

export function LoginPage() {
  const { t, toggle } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      const r = await api<{ csrf_token: string }>('POST', '/api/v1/auth/login', values);
      setCsrfToken(r.csrf_token);
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      const next = params.get('next');
      navigate(next && next.startsWith('/') ? next : paths.dashboard, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.detail : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#fbf3f6', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={2} style={{ color: '#b0245d', marginBottom: 0 }}>{t('appName')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('description')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label={t('username')} name="username" rules={[{ required: true, message: t('usernameRequired') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('password')} name="password" rules={[{ required: true, message: t('passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>{t('login')}</Button>
        </Form>
        <Space style={{ marginTop: 12 }}>
          <Button type="link" onClick={toggle} style={{ padding: 0 }}>{t('language')}</Button>
          <Link to={paths.lookup}>{t('lookup')}</Link>
        </Space>
      </Card>
    </div>
  );
}
