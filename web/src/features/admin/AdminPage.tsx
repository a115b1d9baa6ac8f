// Quản trị: user accounts, their roles and scopes, and API tokens. Administrators only, each within
// its own scope.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Result, Select, Space, Switch } from 'antd';
import { useState } from 'react';

import { PageHeader } from '../../components/PageHeader';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { errorText, QueryState } from '../../components/States';
import { ToneTag } from '../../components/ToneTag';
import { useI18n } from '../../i18n';
import { can, useMe } from '../auth/session';
import { addUser, adminKeys, adminQueries, changeUser, type User } from './api';
import { TokensView } from './TokensView';
import { adminEnums } from './words';

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
  const { t, name } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const service = Form.useWatch('service', form);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (d: Draft) =>
      user
        ? changeUser(user.username, {
            version: user.version,
            display_name: d.display_name || undefined,
            role: d.role,
            unit: d.unit || null,
            disabled: d.disabled,
            password: d.password || undefined,
          })
        : addUser({ ...d, unit: d.unit || undefined, display_name: d.display_name || undefined }),
    onSuccess: async () => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: adminKeys.users });
      onClose();
    },
  });
  const error = save.error;
  return (
    <Modal open title={user ? `${t('edit')}: ${user.username}` : t('addUser')} okText={t('save')} cancelText={t('cancel')}
      confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={onClose}>
      {error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
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
        <Form.Item label={t('role')} name="role"><Select options={Object.keys(adminEnums.role).map((r) => ({ value: r, label: name('role', r) }))} /></Form.Item>
        <Form.Item label={`${t('scope')} (${t('code')})`} name="unit"><Input placeholder={t('everywhere')} /></Form.Item>
        {user && <Form.Item label={t('disabled')} name="disabled" valuePropName="checked"><Switch /></Form.Item>}
      </Form>
    </Modal>
  );
}

export default function AdminPage() {
  const { t, name } = useI18n();
  const me = useMe();
  const [editing, setEditing] = useState<User | null | 'new'>(null);
  const users = useQuery({ ...adminQueries.users(), enabled: can(me.data, 'users.manage') });
  if (!can(me.data, 'users.manage')) return <Result status="403" title="403" subTitle={t('forbidden')} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('users')} extra={<Button type="primary" onClick={() => setEditing('new')}>{t('addUser')}</Button>} />
      <QueryState isPending={users.isPending} error={users.error} refetch={users.refetch} />
      {users.data && (
        <ResponsiveTable<User>
          rowKey="username"
          dataSource={users.data.items}
          scroll={{ x: true }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('username'), dataIndex: 'username' },
            { title: t('displayName'), dataIndex: 'display_name' },
            { title: t('role'), dataIndex: 'role', render: (r: string, u: User) => <>{name('role', r)}{u.service && <ToneTag tone="neutral">{t('service')}</ToneTag>}</> },
            { title: t('scope'), dataIndex: 'unit', render: (u: string | null) => u ?? t('everywhere') },
            { title: t('status'), dataIndex: 'disabled', render: (d: boolean) => (d ? <ToneTag tone="danger">{t('disabled')}</ToneTag> : <ToneTag tone="success">{t('active')}</ToneTag>) },
            { title: t('actions'), key: 'actions', render: (_, u: User) => <Button size="small" onClick={() => setEditing(u)}>{t('edit')}</Button> },
          ]}
        />
      )}
      {editing && <UserForm user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {me.data && users.data && <TokensView me={me.data.username} users={users.data.items} />}
    </Space>
  );
}
