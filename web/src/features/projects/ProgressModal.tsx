// The works on the ground: adding a milestone or recording its actual date, and reporting the
// physical progress (percent of the works done) on a date.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

import { errorText } from '../../components/States';
import { officeToday } from '../../today';
import { useI18n } from '../../i18n';
import { addMilestone, changeMilestone, projectKeys, reportWorks, type ProjectDetail } from './api';

export type WorkAction = { kind: 'milestone'; milestone?: ProjectDetail['milestones'][number] } | { kind: 'progress' };

interface Draft { name?: string; planned_on?: Dayjs; actual_on?: Dayjs; as_of?: Dayjs; percent?: number; note?: string }

export function ProgressModal({ project, action, onClose }: { project: ProjectDetail; action: WorkAction; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const day = (d?: Dayjs) => d?.format('YYYY-MM-DD');
  const existing = action.kind === 'milestone' ? action.milestone : undefined;
  const save = useMutation({
    mutationFn: (d: Draft) => {
      if (action.kind === 'progress') return reportWorks(project.code, { as_of: day(d.as_of), percent: d.percent, note: d.note || undefined });
      const body = { name: d.name, planned_on: day(d.planned_on), actual_on: d.actual_on ? day(d.actual_on) : null };
      return existing
        ? changeMilestone(project.code, existing.id, existing.version, body)
        : addMilestone(project.code, body);
    },
    onSuccess: async () => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: projectKeys.all });
      onClose();
    },
  });
  const title = action.kind === 'progress' ? t('reportWorks') : existing ? t('recordActual') : t('addMilestone');
  return (
    <Modal open title={title} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={onClose}>
      {save.error && <Alert type="error" showIcon message={errorText(save.error, t)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save.mutate}
        initialValues={existing
          ? { name: existing.name, planned_on: dayjs(existing.planned_on), actual_on: existing.actual_on ? dayjs(existing.actual_on) : officeToday() }
          : { as_of: officeToday() }}>
        {action.kind === 'milestone' && (
          <>
            <Form.Item label={t('name')} name="name" rules={[{ required: true, message: t('valueRequired') }]}><Input /></Form.Item>
            <Form.Item label={t('plannedOn')} name="planned_on" rules={[{ required: true, message: t('valueRequired') }]}><DatePicker format="DD/MM/YYYY" /></Form.Item>
            <Form.Item label={t('actualOn')} name="actual_on"><DatePicker format="DD/MM/YYYY" /></Form.Item>
          </>
        )}
        {action.kind === 'progress' && (
          <>
            <Form.Item label={t('date')} name="as_of"><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
            <Form.Item label={t('percentDone')} name="percent" rules={[{ required: true, message: t('valueRequired') }]}><InputNumber min={0} max={100} /></Form.Item>
            <Form.Item label={t('note')} name="note"><Input.TextArea rows={2} /></Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
