// Assigning a task, usually from a directive document.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';

import { api, ApiError, type Document, type Items } from '../../api';
import { allUnits, unitTree } from '../../components/UnitPeriodPicker';
import { useI18n } from '../../i18n';

interface Draft {
  document_id?: number;
  title: string;
  content?: string;
  lead_unit: string;
  coordinators?: string[];
  deadline: Dayjs;
  priority: string;
  recurrence: string;
  recurrence_until?: Dayjs;
}

export function NewTaskModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const today = dayjs().format('YYYY-MM-DD');
  const documents = useQuery({ queryKey: ['documents'], queryFn: () => api<Items<Document>>('GET', '/api/v1/documents') });
  const units = useQuery({ queryKey: ['units', today], queryFn: () => allUnits(today) });
  const tree = useMemo(() => unitTree(units.data ?? []), [units.data]);
  const recurrence = Form.useWatch('recurrence', form);
  const save = useMutation({
    mutationFn: (d: Draft) =>
      api<{ id: number }>('POST', '/api/v1/tasks', {
        ...d,
        deadline: d.deadline.format('YYYY-MM-DD'),
        recurrence_until: d.recurrence_until?.format('YYYY-MM-DD'),
        content: d.content || undefined,
      }),
    onSuccess: async (task) => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      onCreated(task.id);
    },
  });
  const error = save.error as ApiError | null;
  return (
    <Modal open title={t('newTask')} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'task-save' } as React.ComponentProps<typeof Button>}
      onOk={() => form.submit()} onCancel={onClose} width={Math.min(640, window.innerWidth)}>
      {error && <Alert type="error" showIcon message={error.detail} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save.mutate} initialValues={{ priority: 'normal', recurrence: 'none' }}>
        <Form.Item label={t('document')} name="document_id">
          <Select allowClear loading={documents.isPending}
            options={(documents.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.number} — ${d.summary ?? d.issuer}` }))} />
        </Form.Item>
        <Form.Item label={t('title')} name="title" rules={[{ required: true, message: t('titleRequired') }]}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="task-title" />
        </Form.Item>
        <Form.Item label={t('content')} name="content"><Input.TextArea rows={2} /></Form.Item>
        <Form.Item label={t('leadUnit')} name="lead_unit" rules={[{ required: true, message: t('unitRequired') }]}>
          <TreeSelect treeData={tree} showSearch treeNodeFilterProp="title" treeDefaultExpandAll data-testid="task-lead-unit" />
        </Form.Item>
        <Form.Item label={t('coordinators')} name="coordinators">
          <TreeSelect treeData={tree} multiple showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
        </Form.Item>
        <Form.Item label={t('deadline')} name="deadline" rules={[{ required: true, message: t('dateRequired') }]}>
          <DatePicker format="DD/MM/YYYY" data-testid="task-deadline" />
        </Form.Item>
        <Form.Item label={t('priority')} name="priority">
          <Select options={['normal', 'high', 'urgent'].map((p) => ({ value: p, label: t(p as 'normal') }))} />
        </Form.Item>
        <Form.Item label={t('recurrence')} name="recurrence">
          <Select options={['none', 'monthly', 'quarterly', 'yearly'].map((p) => ({ value: p, label: t(p as 'none') }))} />
        </Form.Item>
        {recurrence && recurrence !== 'none' && (
          <Form.Item label={t('lastDay')} name="recurrence_until" rules={[{ required: true, message: t('dateRequired') }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
