// Recording a payment: plan year, source, date, amount in triệu đồng (as offices count it),
// estimate or treasury-confirmed, and its document. Refusals (plan, window) come back in words.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

import { errorText } from '../../components/States';
import { formatNumber, parseNumber } from '../../format';
import { officeToday } from '../../today';
import { useI18n } from '../../i18n';
import { projectKeys, recordDisbursement, type ProjectDetail } from './api';
import { projectEnums } from './words';

interface Draft { plan_year: number; source: string; paid_on: Dayjs; amount: string; status: string; document?: string }

export function DisbursementModal({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const { t, lang, name } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const planned = [...new Set(project.capital_plans.filter((p) => p.kind === 'annual').map((p) => p.source))];
  const save = useMutation({
    mutationFn: (d: Draft) => recordDisbursement(project.code, {
      plan_year: d.plan_year, source: d.source, paid_on: d.paid_on.format('YYYY-MM-DD'),
      amount: Math.round((parseNumber(d.amount, lang) ?? 0) * 1e6), status: d.status, document: d.document || undefined,
    }),
    onSuccess: async () => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: projectKeys.all });
      onClose();
    },
  });
  const lastDay = dayjs(`${project.plan_year}-12-31`);
  return (
    <Modal open title={t('newDisbursement')} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'disbursement-save' } as ButtonProps}
      onOk={() => form.submit()} onCancel={onClose}>
      {save.error && <Alert type="error" showIcon message={errorText(save.error, t)} style={{ marginBottom: 12 }} data-testid="disbursement-error" />}
      <Form form={form} layout="vertical" onFinish={save.mutate}
        initialValues={{ plan_year: project.plan_year, source: planned[0] ?? 'city', status: 'confirmed',
          paid_on: officeToday().isAfter(lastDay) ? lastDay : officeToday() }}>
        <Space wrap>
          <Form.Item label={t('planYear')} name="plan_year"><InputNumber min={1990} max={2100} /></Form.Item>
          <Form.Item label={t('fundingSource')} name="source">
            <Select style={{ width: 220 }} options={Object.keys(projectEnums.fundingSource).map((s) => ({ value: s, label: name('fundingSource', s) }))} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item label={t('paidOn')} name="paid_on"><DatePicker format="DD/MM/YYYY" allowClear={false} data-testid="disbursement-date" /></Form.Item>
          <Form.Item label={t('amountMillion')} name="amount"
            rules={[{ required: true, message: t('amountRequired') }, { validator: (_, v) => (!v || (parseNumber(v, lang) ?? 0) > 0 ? Promise.resolve() : Promise.reject(new Error(t('amountRequired')))) }]}>
            <Input style={{ width: 200 }} inputMode="decimal" placeholder={formatNumber(6000, 0, lang)} data-testid="disbursement-amount" />
          </Form.Item>
        </Space>
        <Form.Item name="status">
          <Radio.Group options={[{ value: 'confirmed', label: t('paidConfirmed') }, { value: 'estimate', label: t('paidEstimate') }]} />
        </Form.Item>
        <Form.Item label={t('paymentDocument')} name="document"><Input /></Form.Item>
      </Form>
    </Modal>
  );
}
