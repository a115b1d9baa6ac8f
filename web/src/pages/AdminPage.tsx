// Quản trị: user accounts, their roles and scopes, and API tokens. Administrators only, each within
// its own scope.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Result, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

import { api, ApiError, type Items, type User } from '../api';
import { QueryState } from '../components/States';
import { roles, useI18n } from '../i18n';
import { can, useMe } from '../session';
import { TokensView } from './admin/TokensView';

interface Draft {
  username: string;
  display_name?: string;
  password?: string;
  role: string;
  unit?: string;
  disabled?: boolean;
  service?: boolean;
}

function UserForm({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t, role } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const service = Form.useWatch('service', form);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (d: Draft) =>
      user
        ? api('PATCH', `/api/v1/users/${user.username}`, {
            version: user.version,
            display_name: d.display_name || undefined,
            role: d.role,
            unit: d.unit || null,
            disabled: d.disabled,
            password: d.password || undefined,
          })
        : api('POST', '/api/v1/users', { ...d, unit: d.unit || undefined, display_name: d.display_name || undefined }),
    onSuccess: async () => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
  });
  const error = save.error as ApiError | null;
  return (
    <Modal open title={user ? `${t('edit')}: ${user.username}` : t('addUser')} okText={t('save')} cancelText={t('cancel')}
      confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={onClose}>
      {error && <Alert type="error" showIcon message={error.detail} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save.mutate}
        initialValues={user ? { ...user, unit: user.unit ?? undefined, display_name: user.display_name ?? undefined } : { role: 'viewer' }}>
        <Form.Item label={t('username')} name="username" rules={[{ required: true, message: t('usernameRequired') }]}>
          <Input disabled={!!user} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('displayName')} name="display_name"><Input /></Form.Item>
        {!user && <Form.Item name="service" valuePropName="checked"><Switch /> {t('serviceAccount')}</Form.Item>}
        {!service && !user?.service && (
          <Form.Item label={t('password')} name="password" rules={user ? [] : [{ required: true, message: t('passwordRequired') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item label={t('role')} name="role"><Select options={roles.map((r) => ({ value: r, label: role(r) }))} /></Form.Item>
        <Form.Item label={`${t('scope')} (${t('code')})`} name="unit"><Input placeholder={t('everywhere')} /></Form.Item>
        {user && <Form.Item label={t('disabled')} name="disabled" valuePropName="checked"><Switch /></Form.Item>}
      </Form>
    </Modal>
  );
}

export default function AdminPage() {
  const { t, role } = useI18n();
  const me = useMe();
  const [editing, setEditing] = useState<User | null | 'new'>(null);
  const users = useQuery({ queryKey: ['users'], queryFn: () => api<Items<User>>('GET', '/api/v1/users'), enabled: can(me.data, 'users.manage') });
  if (!can(me.data, 'users.manage')) return <Result status="403" title="403" subTitle={t('forbidden')} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('users')}</Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')}>{t('addUser')}</Button>
      </Space>
      <QueryState isPending={users.isPending} error={users.error} refetch={users.refetch} />
      {users.data && (
        <Table
          rowKey="username"
          dataSource={users.data.items}
          scroll={{ x: true }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('username'), dataIndex: 'username' },
            { title: t('displayName'), dataIndex: 'display_name' },
            { title: t('role'), dataIndex: 'role', render: (r: string, u: User) => <>{role(r)}{u.service && <Tag style={{ marginLeft: 8 }}>{t('service')}</Tag>}</> },
            { title: t('scope'), dataIndex: 'unit', render: (u: string | null) => u ?? t('everywhere') },
            { title: t('status'), dataIndex: 'disabled', render: (d: boolean) => (d ? <Tag color="red">{t('disabled')}</Tag> : <Tag color="green">{t('active')}</Tag>) },
            { title: t('actions'), render: (_, u: User) => <Button size="small" onClick={() => setEditing(u)}>{t('edit')}</Button> },
          ]}
        />
      )}
      {editing && <UserForm user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {me.data && users.data && <TokensView me={me.data.username} users={users.data.items} />}
    </Space>
  );
}
