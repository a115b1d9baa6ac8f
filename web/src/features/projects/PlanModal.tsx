// Decisions on capital: setting or adjusting a plan (every decision is kept), and extending the
// disbursement window of a plan year with its legal basis.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';

import { errorText } from '../../components/States';
import { officeToday } from '../../today';
import { parseNumber } from '../../format';
import { useI18n } from '../../i18n';
import { projectKeys, recordCapitalPlan, recordExtension, type ProjectDetail } from './api';
import { projectEnums } from './words';

export type PlanAction = 'plan' | 'extension';

interface Draft {
  kind: string; year_from: number; year_to?: number; source?: string; level: string; amount: string;
  decision: string; decision_date: Dayjs; until?: Dayjs; basis?: string;
}

export function PlanModal({ project, action, onClose }: { project: ProjectDetail; action: PlanAction; onClose: () => void }) {
  const { t, lang, name } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const kind = Form.useWatch('kind', form);
  const save = useMutation({
    mutationFn: (d: Draft) => action === 'plan'
      ? recordCapitalPlan(project.code, { kind: d.kind, year_from: d.year_from, year_to: d.kind === 'annual' ? undefined : d.year_to, source: d.source, level: d.level,
          amount: Math.round((parseNumber(d.amount, lang) ?? -1) * 1e6), decision: d.decision, decision_date: d.decision_date.format('YYYY-MM-DD') })
      : recordExtension(project.code, { plan_year: d.year_from, source: d.source || undefined, until: d.until?.format('YYYY-MM-DD'), basis: d.basis,
          decision_date: d.decision_date.format('YYYY-MM-DD') }),
    onSuccess: async () => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: projectKeys.all });
      onClose();
    },
  });
  const sourceOptions = Object.keys(projectEnums.fundingSource).map((s) => ({ value: s, label: name('fundingSource', s) }));
  return (
    <Modal open title={action === 'plan' ? t('capitalPlanAction') : t('extendWindow')} okText={t('save')} cancelText={t('cancel')}
      confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={onClose}>
      {save.error && <Alert type="error" showIcon message={errorText(save.error, t)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save.mutate}
        initialValues={{ kind: 'annual', year_from: project.plan_year, year_to: project.plan_year + 4, level: 'allocated', source: action === 'plan' ? 'city' : undefined, decision_date: officeToday() }}>
        {action === 'plan' && (
          <>
            <Space wrap>
              <Form.Item label={t('planKind')} name="kind">
                <Select style={{ width: 200 }} options={Object.keys(projectEnums.planKind).map((k) => ({ value: k, label: name('planKind', k) }))} />
              </Form.Item>
              <Form.Item label={t('year')} name="year_from"><InputNumber min={1990} max={2100} /></Form.Item>
              {kind === 'medium_term' && <Form.Item label="→" name="year_to"><InputNumber min={1990} max={2100} /></Form.Item>}
            </Space>
            <Space wrap>
              <Form.Item label={t('fundingSource')} name="source"><Select style={{ width: 220 }} options={sourceOptions} /></Form.Item>
              <Form.Item label={t('planLevel')} name="level">
                <Select style={{ width: 240 }} options={Object.keys(projectEnums.planLevel).map((l) => ({ value: l, label: name('planLevel', l) }))} />
              </Form.Item>
            </Space>
            <Form.Item label={t('amountMillion')} name="amount" rules={[{ required: true, message: t('amountRequired') }]}>
              <Input style={{ width: 200 }} inputMode="decimal" />
            </Form.Item>
            <Form.Item label={t('planDecision')} name="decision" rules={[{ required: true, message: t('valueRequired') }]}><Input /></Form.Item>
          </>
        )}
        {action === 'extension' && (
          <>
            <Space wrap>
              <Form.Item label={t('planYear')} name="year_from"><InputNumber min={1990} max={2100} /></Form.Item>
              <Form.Item label={t('fundingSource')} name="source"><Select allowClear style={{ width: 220 }} options={sourceOptions} /></Form.Item>
              <Form.Item label={t('until')} name="until" rules={[{ required: true, message: t('valueRequired') }]}><DatePicker format="DD/MM/YYYY" /></Form.Item>
            </Space>
            <Form.Item label={t('legalBasis')} name="basis" rules={[{ required: true, message: t('valueRequired') }]}><Input.TextArea rows={2} /></Form.Item>
          </>
        )}
        <Form.Item label={t('decisionDate')} name="decision_date"><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
      </Form>
    </Modal>
  );
}
