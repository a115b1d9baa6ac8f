// Assigning a task, usually from a directive document: lead and coordinating units, deadline,
// priority and recurrence.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Select, TreeSelect, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';

import { errorText } from '../../components/States';
import { todayInVietnam } from '../../format';
import { useI18n } from '../../i18n';
import { FilesToAttach } from '../files/FilesToAttach';
import { useUnits } from '../units/useUnits';
import { assignTask, taskKeys, taskQueries } from './api';
import { taskEnums } from './words';

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
  files?: number[];
}

export function NewTaskModal({ onClose, onCreated, documentId }: { onClose: () => void; onCreated: (id: number) => void; documentId?: number }) {
  const { t, name } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const documents = useQuery(taskQueries.documents());
  const units = useUnits(todayInVietnam());
  const recurrence = Form.useWatch('recurrence', form);
  const save = useMutation({
    mutationFn: (d: Draft) => assignTask({
      ...d,
      deadline: d.deadline.format('YYYY-MM-DD'),
      recurrence_until: d.recurrence_until?.format('YYYY-MM-DD'),
      content: d.content || undefined,
      files: d.files?.length ? d.files : undefined,
    }),
    onSuccess: async (task) => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: taskKeys.all });
      onCreated(task.id);
    },
  });
  const options = (list: 'priority' | 'recurrence') => Object.keys(taskEnums[list]).map((p) => ({ value: p, label: name(list, p) }));
  return (
    <Modal open title={t('newTask')} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'task-save' } as ButtonProps}
      onOk={() => form.submit()} onCancel={onClose} width={Math.min(640, window.innerWidth)}>
      {save.error && <Alert type="error" showIcon message={errorText(save.error, t)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save.mutate} initialValues={{ priority: 'normal', recurrence: 'none', document_id: documentId }}>
        <Form.Item label={t('document')} name="document_id">
          <Select allowClear loading={documents.isPending}
            options={(documents.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.number} — ${d.summary ?? d.issuer}` }))} />
        </Form.Item>
        <Form.Item label={t('title')} name="title" rules={[{ required: true, message: t('titleRequired') }]}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="task-title" />
        </Form.Item>
        <Form.Item label={t('content')} name="content"><Input.TextArea rows={2} /></Form.Item>
        <Form.Item label={t('leadUnit')} name="lead_unit" rules={[{ required: true, message: t('unitRequired') }]}>
          <TreeSelect treeData={units.tree} showSearch treeNodeFilterProp="title" treeDefaultExpandAll data-testid="task-lead-unit" />
        </Form.Item>
        <Form.Item label={t('coordinators')} name="coordinators">
          <TreeSelect treeData={units.tree} multiple showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
        </Form.Item>
        <Form.Item label={t('deadline')} name="deadline" rules={[{ required: true, message: t('dateRequired') }]}>
          <DatePicker format="DD/MM/YYYY" data-testid="task-deadline" />
        </Form.Item>
        <Form.Item label={t('priority')} name="priority"><Select options={options('priority')} /></Form.Item>
        <Form.Item label={t('recurrence')} name="recurrence"><Select options={options('recurrence')} /></Form.Item>
        {recurrence && recurrence !== 'none' && (
          <Form.Item label={t('lastDay')} name="recurrence_until" rules={[{ required: true, message: t('dateRequired') }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        )}
        <Form.Item label={t('filesWithRecord')} name="files"><FilesToAttach /></Form.Item>
      </Form>
    </Modal>
  );
}
