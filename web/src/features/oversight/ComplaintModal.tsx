// Recording a complaint against a discipline decision.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';

import { errorText } from '../../components/States';
import { officeToday } from '../../today';
import { oversightKeys, recordComplaint } from './api';
import { useI18n } from '../../i18n';
import type { Discipline } from './api';


export function ComplaintModal({ decision, onClose }: { decision: Discipline; onClose: () => void }) {
  const { t } = useI18n();
  
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (d: { received_on: Dayjs; note?: string }) =>
      recordComplaint(decision, { received_on: d.received_on.format('YYYY-MM-DD'), note: d.note || undefined }),
    onSuccess: async () => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: oversightKeys.all });
      onClose();
    },
  });
  const error = save.error;
  const [form] = Form.useForm();
  return (
    <Modal open title={`${t('complaint')} · ${decision.decision}`} okText={t('save')} cancelText={t('cancel')}
      confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={onClose}>
      {error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save.mutate} initialValues={{ received_on: officeToday() }}>
        <Form.Item label={t('complaintReceivedOn')} name="received_on"><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
        <Form.Item label={t('complaintNote')} name="note"><Input.TextArea rows={3} /></Form.Item>
      </Form>
    </Modal>
  );
}
