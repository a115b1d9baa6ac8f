// Rating an organisation or a member for a year: a level (124-QĐ/TW, to 2024) or points and the
// band they allow (366-QĐ/TW, from 2025), or the reason it is not rated. The server enforces
// the 20% cap on xuất sắc and says so.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal, Select, type ButtonProps } from 'antd';

import { errorText } from '../../components/States';
import { oversightKeys, oversightQueries, rate } from './api';
import { useI18n } from '../../i18n';
import { SubjectField } from './SubjectField';
import { levels, steps } from './words';

interface Draft { subject_kind: string; subject: string; step: string; level?: string; score?: number; exempt_reason?: string }

export function RatingModal({ year, step, onClose }: { year: number; step: string; onClose: () => void }) {
  const { t, name } = useI18n();
  
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const rules = useQuery(oversightQueries.ruleSets());
  const yearEnd = `${year}-12-31`;
  const inForce = rules.data?.items.find((r) => r.subject === 'rating' && r.valid_from <= yearEnd && (!r.valid_to || yearEnd <= r.valid_to));
  const points = inForce?.scale === 'points';
  const save = useMutation({
    mutationFn: (d: Draft) => rate({
      year, subject_kind: d.subject_kind, subject: d.subject, step: d.step,
      level: d.exempt_reason ? undefined : d.level, score: d.exempt_reason ? undefined : d.score, exempt_reason: d.exempt_reason || undefined,
    }),
    onSuccess: async () => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: oversightKeys.all });
      onClose();
    },
  });
  const error = save.error;
  return (
    <Modal open title={`${t('rate')} ${year}${inForce ? ` (${inForce.code})` : ''}`} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      onOk={() => form.submit()} onCancel={onClose} okButtonProps={{ 'data-testid': 'rating-save' } as ButtonProps}>
      {error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} data-testid="rating-error" />}
      <Form form={form} layout="vertical" onFinish={save.mutate} initialValues={{ step }}>
        <SubjectField at={`${year}-12-31`} testId="rating-subject" />
        <Form.Item label={t('ratingStep')} name="step"><Select options={steps.map((s) => ({ value: s, label: name('ratingStep', s) }))} /></Form.Item>
        {points && <Form.Item label={t('score')} name="score"><InputNumber min={0} max={100} step={0.5} data-testid="rating-score" /></Form.Item>}
        <Form.Item label={t('level')} name="level">
          <Select allowClear options={levels.map((l) => ({ value: l, label: name('ratingLevel', l) }))} data-testid="rating-level" />
        </Form.Item>
        <Form.Item label={t('exemptReason')} name="exempt_reason"><Input /></Form.Item>
      </Form>
    </Modal>
  );
}
