// Recording a discipline decision. The server refuses a form the subject cannot be given and a
// time-barred one, and says why; the reason is shown as it comes.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Select, TreeSelect, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';

import { errorText } from '../../components/States';
import { officeToday } from '../../today';
import { oversightKeys, recordDiscipline } from './api';
import { todayInVietnam } from '../../format';
import { useI18n } from '../../i18n';
import { SubjectField } from './SubjectField';
import { useUnits } from '../units/useUnits';
import { forms } from './words';

interface Draft {
  subject_kind: string; subject: string; form: string; violation_on: Dayjs; concluded_on: Dayjs; decided_on: Dayjs;
  decision: string; body: string; reason: string;
}

export function DisciplineModal({ onClose }: { onClose: () => void }) {
  const { t, name } = useI18n();
  
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const today = todayInVietnam();
  const units = useUnits(today);
  const day = (d: Dayjs) => d.format('YYYY-MM-DD');
  const save = useMutation({
    mutationFn: (d: Draft) => recordDiscipline({
      ...d, violation_on: day(d.violation_on), concluded_on: day(d.concluded_on), decided_on: day(d.decided_on),
    }),
    onSuccess: async (d) => {
      if (d.limitation_warning) message.warning(d.limitation_warning);
      else message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: oversightKeys.all });
      onClose();
    },
  });
  const error = save.error;
  const required = [{ required: true, message: t('valueRequired') }];
  return (
    <Modal open title={t('newDiscipline')} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      onOk={() => form.submit()} onCancel={onClose} width={Math.min(640, window.innerWidth)}
      okButtonProps={{ 'data-testid': 'discipline-save' } as ButtonProps}>
      {error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} data-testid="discipline-error" />}
      <Form form={form} layout="vertical" onFinish={save.mutate}
        initialValues={{ decided_on: officeToday(), concluded_on: officeToday() }}>
        <SubjectField at={today} testId="discipline-subject" />
        <Form.Item label={t('form')} name="form" rules={required}>
          <Select options={forms.map((f) => ({ value: f, label: name('disciplineForm', f) }))} data-testid="discipline-form" />
        </Form.Item>
        <Form.Item label={t('violationOn')} name="violation_on" rules={required}><DatePicker format="DD/MM/YYYY" /></Form.Item>
        <Form.Item label={t('concludedOn')} name="concluded_on" rules={required}><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
        <Form.Item label={t('decidedOn')} name="decided_on" rules={required}><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
        <Form.Item label={t('decision')} name="decision" rules={required}><Input placeholder="05-QĐ/UBKTTU" /></Form.Item>
        <Form.Item label={t('body')} name="body" rules={required}>
          <TreeSelect treeData={units.tree} showSearch treeNodeFilterProp="title" loading={units.loading} />
        </Form.Item>
        <Form.Item label={t('violation')} name="reason" rules={required}><Input.TextArea rows={3} /></Form.Item>
      </Form>
    </Modal>
  );
}
