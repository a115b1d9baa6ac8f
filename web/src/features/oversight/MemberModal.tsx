// Registering a party member, or changing one (organisation, status, posts, full membership).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select, TreeSelect, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

import { errorText } from '../../components/States';
import { addMember, changeMember, oversightKeys } from './api';
import { officeToday } from '../../today';
import { useI18n } from '../../i18n';
import type { Member } from './api';
import { useUnits } from '../units/useUnits';


interface Draft {
  code: string; full_name: string; birth_year: number; organisation: string; admitted_on: Dayjs;
  full_member_on?: Dayjs; status: string; posts?: string;
}

export function MemberModal({ member, at, onClose }: { member?: Member; at: string; onClose: () => void }) {
  const { t, name } = useI18n();
  
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const units = useUnits(at);
  const day = (d?: Dayjs) => d?.format('YYYY-MM-DD');
  const save = useMutation({
    mutationFn: (d: Draft) => {
      const body = { ...d, admitted_on: day(d.admitted_on), full_member_on: d.full_member_on ? day(d.full_member_on) : null, posts: d.posts || null };
      return member
        ? changeMember(member.code, { ...body, code: undefined, version: member.version })
        : addMember(body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: oversightKeys.all });
      onClose();
    },
  });
  const error = save.error;
  const required = [{ required: true, message: t('valueRequired') }];
  return (
    <Modal open title={member ? `${t('members')} ${member.code}` : t('newMember')} okText={t('save')} cancelText={t('cancel')}
      confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={onClose}
      okButtonProps={{ 'data-testid': 'member-save' } as ButtonProps}>
      {error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save.mutate}
        initialValues={member
          ? { ...member, admitted_on: dayjs(member.admitted_on), full_member_on: member.full_member_on ? dayjs(member.full_member_on) : undefined, posts: member.posts ?? '' }
          : { status: 'probationary', admitted_on: officeToday() }}>
        <Form.Item label={t('memberCode')} name="code" rules={required}><Input disabled={!!member} /></Form.Item>
        <Form.Item label={t('name')} name="full_name" rules={required}><Input /></Form.Item>
        <Form.Item label={t('birthYear')} name="birth_year" rules={required}><InputNumber min={1900} max={2100} /></Form.Item>
        <Form.Item label={t('organisation')} name="organisation" rules={required}>
          <TreeSelect treeData={units.partyTree} showSearch treeNodeFilterProp="title" loading={units.loading} data-testid="member-organisation" />
        </Form.Item>
        <Form.Item label={t('admittedOn')} name="admitted_on" rules={required}><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
        <Form.Item label={t('fullMemberOn')} name="full_member_on"><DatePicker format="DD/MM/YYYY" /></Form.Item>
        <Form.Item label={t('status')} name="status">
          <Select options={['probationary', 'full', 'left'].map((s) => ({ value: s, label: name('memberStatus', s) }))} />
        </Form.Item>
        <Form.Item label={t('posts')} name="posts"><Input /></Form.Item>
      </Form>
    </Modal>
  );
}
