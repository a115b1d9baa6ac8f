// What can be done next with an admission file: open one, record a form (1-KNĐ … 15-KNĐ), the
// admission decision (registering the probationary member), or the confirmation after probation.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select, TreeSelect } from 'antd';
import type { Dayjs } from 'dayjs';

import { errorText } from '../../components/States';
import { admissionStep, openAdmission, oversightKeys, type Admission } from './api';
import { officeToday } from '../../today';
import { todayInVietnam } from '../../format';
import { useI18n } from '../../i18n';
import { useUnits } from '../units/useUnits';


export type AdmissionAction = { kind: 'open' } | { kind: 'step' | 'decision' | 'confirmation'; admission: Admission };

interface Draft {
  candidate?: string; birth_year?: number; organisation?: string; introducer?: string;
  form?: string; done_on?: Dayjs; decision?: string; on?: Dayjs; member_code?: string;
}

const formNumbers = Array.from({ length: 15 }, (_, i) => `${i + 1}-KNĐ`);

export function AdmissionActions({ action, onClose }: { action: AdmissionAction; onClose: () => void }) {
  const { t } = useI18n();
  
  const queryClient = useQueryClient();
  const units = useUnits(todayInVietnam());
  const day = (d?: Dayjs) => d?.format('YYYY-MM-DD');
  const save = useMutation({
    mutationFn: (d: Draft) => {
      if (action.kind === 'open') {
        return openAdmission({ candidate: d.candidate, birth_year: d.birth_year, organisation: d.organisation, introducer: d.introducer || undefined });
      }
      const a = action.admission;
      if (action.kind === 'step') return admissionStep(a, 'steps', { form: d.form, done_on: day(d.done_on) });
      if (action.kind === 'decision') return admissionStep(a, 'decision', { decision: d.decision, admitted_on: day(d.on), member_code: d.member_code, version: a.version });
      return admissionStep(a, 'confirmation', { decision: d.decision, confirmed_on: day(d.on), version: a.version });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: oversightKeys.all });
      onClose();
    },
  });
  const [form] = Form.useForm<Draft>();
  const error = save.error;
  const required = [{ required: true, message: t('valueRequired') }];
  const done = action.kind === 'open' ? [] : action.admission.steps.map((s) => s.form);
  const title = action.kind === 'open' ? t('openAdmission') : action.kind === 'step' ? t('recordStep') : action.kind === 'decision' ? t('admit') : t('confirm');
  return (
    <Modal open title={title} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={onClose}>
      {error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save.mutate} initialValues={{ done_on: officeToday(), on: officeToday() }}>
        {action.kind === 'open' && (
          <>
            <Form.Item label={t('candidate')} name="candidate" rules={required}><Input /></Form.Item>
            <Form.Item label={t('birthYear')} name="birth_year" rules={required}><InputNumber min={1900} max={2100} /></Form.Item>
            <Form.Item label={t('organisation')} name="organisation" rules={required}>
              <TreeSelect treeData={units.partyTree} showSearch treeNodeFilterProp="title" loading={units.loading} />
            </Form.Item>
            <Form.Item label={t('introducer')} name="introducer"><Input /></Form.Item>
          </>
        )}
        {action.kind === 'step' && (
          <>
            <Form.Item label={t('steps')} name="form" rules={required}>
              <Select options={formNumbers.filter((f) => !done.includes(f)).map((f) => ({ value: f, label: f }))} />
            </Form.Item>
            <Form.Item label={t('date')} name="done_on" rules={required}><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
          </>
        )}
        {(action.kind === 'decision' || action.kind === 'confirmation') && (
          <>
            <Form.Item label={t('decision')} name="decision" rules={required}><Input placeholder="12-QĐ/ĐU" /></Form.Item>
            <Form.Item label={t('date')} name="on" rules={required}><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
          </>
        )}
        {action.kind === 'decision' && <Form.Item label={t('memberCode')} name="member_code" rules={required}><Input /></Form.Item>}
      </Form>
    </Modal>
  );
}
