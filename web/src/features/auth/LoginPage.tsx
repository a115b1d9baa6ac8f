// Đăng nhập: the user name and password; a wrong pair gets the server's one message (it never
// says which was wrong), and the page the user was going to follows the login.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';

import { errorText } from '../../components/States';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { brand } from '../../theme';
import { login } from './api';

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
      await login(values.username, values.password);
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      const next = params.get('next');
      navigate(next && next.startsWith('/') ? next : paths.dashboard, { replace: true });
    } catch (e) {
      setError(errorText(e as Error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#fbf3f6', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={1} style={{ color: brand, marginBottom: 0, fontSize: 30 }}>{t('appName')}</Typography.Title>
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
    </main>
  );
}
