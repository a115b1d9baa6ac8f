// Recording a discipline decision. The server refuses a form the subject cannot be given and a
// time-barred one, and says why; the reason is shown as it comes.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Select, TreeSelect, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { SubjectField } from './SubjectField';
import type { Discipline } from './types';
import { useUnitsAt } from './units';
import { forms, useWords } from './words';

interface Draft {
  subject_kind: string; subject: string; form: string; violation_on: Dayjs; concluded_on: Dayjs; decided_on: Dayjs;
  decision: string; body: string; reason: string;
}

export function DisciplineModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { w, name } = useWords();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const today = dayjs().format('YYYY-MM-DD');
  const units = useUnitsAt(today);
  const day = (d: Dayjs) => d.format('YYYY-MM-DD');
  const save = useMutation({
    mutationFn: (d: Draft) => api<Discipline>('POST', '/api/v1/oversight/discipline', {
      ...d, violation_on: day(d.violation_on), concluded_on: day(d.concluded_on), decided_on: day(d.decided_on),
    }),
    onSuccess: async (d) => {
      if (d.limitation_warning) message.warning(d.limitation_warning);
      else message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: ['oversight'] });
      onClose();
    },
  });
  const error = save.error as ApiError | null;
  const required = [{ required: true, message: t('valueRequired') }];
  return (
    <Modal open title={w.newDiscipline} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      onOk={() => form.submit()} onCancel={onClose} width={Math.min(640, window.innerWidth)}
      okButtonProps={{ 'data-testid': 'discipline-save' } as ButtonProps}>
      {error && <Alert type="error" showIcon message={error.detail} style={{ marginBottom: 12 }} data-testid="discipline-error" />}
      <Form form={form} layout="vertical" onFinish={save.mutate}
        initialValues={{ decided_on: dayjs(), concluded_on: dayjs() }}>
        <SubjectField at={today} testId="discipline-subject" />
        <Form.Item label={w.form} name="form" rules={required}>
          <Select options={forms.map((f) => ({ value: f, label: name(f) }))} data-testid="discipline-form" />
        </Form.Item>
        <Form.Item label={w.violationOn} name="violation_on" rules={required}><DatePicker format="DD/MM/YYYY" /></Form.Item>
        <Form.Item label={w.concludedOn} name="concluded_on" rules={required}><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
        <Form.Item label={w.decidedOn} name="decided_on" rules={required}><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
        <Form.Item label={w.decision} name="decision" rules={required}><Input placeholder="05-QĐ/UBKTTU" /></Form.Item>
        <Form.Item label={w.body} name="body" rules={required}>
          <TreeSelect treeData={units.tree} showSearch treeNodeFilterProp="title" loading={units.loading} />
        </Form.Item>
        <Form.Item label={w.reason} name="reason" rules={required}><Input.TextArea rows={3} /></Form.Item>
      </Form>
    </Modal>
  );
}
