// Khóa API: the caller's own tokens and those of the service accounts it manages — when each
// expires and was last used; create one (its secret shown once) or revoke one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Typography } from 'antd';
import { useState } from 'react';

import { ResponsiveTable } from '../../components/ResponsiveTable';
import { errorText, QueryState } from '../../components/States';
import { ToneTag } from '../../components/ToneTag';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { adminKeys, adminQueries, createToken, revokeToken, type ApiToken, type User } from './api';

interface Draft { name: string; username: string; expires_in_days: number }

function TokenForm({ holders, onClose }: { holders: string[]; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (d: Draft) => createToken(d),
    onSuccess: async () => queryClient.invalidateQueries({ queryKey: adminKeys.tokens }),
  });
  const error = create.error;
  if (create.data) {
    return (
      <Modal open title={t('addToken')} onCancel={onClose} footer={<Button type="primary" onClick={onClose}>{t('close')}</Button>}>
        <Alert type="warning" showIcon message={t('tokenShownOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable code data-testid="token-secret">{create.data.token}</Typography.Paragraph>
      </Modal>
    );
  }
  return (
    <Modal open title={t('addToken')} okText={t('save')} cancelText={t('cancel')} confirmLoading={create.isPending}
      onOk={() => form.submit()} onCancel={onClose}>
      {error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={create.mutate} initialValues={{ username: holders[0], expires_in_days: 90 }}>
        <Form.Item label={t('name')} name="name" rules={[{ required: true, message: t('valueRequired') }]}><Input /></Form.Item>
        <Form.Item label={t('tokenFor')} name="username"><Select options={holders.map((h) => ({ value: h, label: h }))} /></Form.Item>
        <Form.Item label={t('tokenDays')} name="expires_in_days"><InputNumber min={1} max={365} /></Form.Item>
      </Form>
    </Modal>
  );
}

export function TokensView({ me, users }: { me: string; users: User[] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const tokens = useQuery(adminQueries.tokens());
  const revoke = useMutation({
    mutationFn: revokeToken,
    onSuccess: async () => queryClient.invalidateQueries({ queryKey: adminKeys.tokens }),
    onError: (e) => message.error(errorText(e, t)),
  });
  const holders = [me, ...users.filter((u) => u.service && !u.disabled).map((u) => u.username)];
  const now = new Date().toISOString();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>{t('tokens')}</Typography.Title>
        <Button onClick={() => setCreating(true)}>{t('addToken')}</Button>
      </Space>
      <QueryState isPending={tokens.isPending} error={tokens.error} refetch={tokens.refetch} />
      {tokens.data && (
        <ResponsiveTable<ApiToken> rowKey="name" dataSource={tokens.data.items} scroll={{ x: true }} pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('name'), dataIndex: 'name' },
            { title: t('tokenFor'), dataIndex: 'username' },
            { title: t('createdAt'), dataIndex: 'created_at', render: (v: string) => formatDateTime(v) },
            { title: t('expiresAt'), dataIndex: 'expires_at', render: (v: string) => formatDateTime(v) },
            { title: t('lastUsedAt'), dataIndex: 'last_used_at', render: (v: string | null) => (v ? formatDateTime(v) : t('never')) },
            {
              title: t('status'),
              key: 'state',
              render: (_, k: ApiToken) => (k.revoked_at ? <ToneTag tone="danger">{t('revoked')}</ToneTag>
                : k.expires_at < now ? <ToneTag tone="warning">{t('expired')}</ToneTag> : <ToneTag tone="success">{t('active')}</ToneTag>),
            },
            {
              title: t('actions'),
              key: 'actions',
              render: (_, k: ApiToken) => !k.revoked_at && (
                <Popconfirm title={`${t('revoke')} ${k.name}?`} okText={t('revoke')} cancelText={t('cancel')} onConfirm={() => revoke.mutate(k.name)}>
                  <Button size="small" danger>{t('revoke')}</Button>
                </Popconfirm>
              ),
            },
          ]} />
      )}
      {creating && <TokenForm holders={holders} onClose={() => setCreating(false)} />}
    </Space>
  );
}
