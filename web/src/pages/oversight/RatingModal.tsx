// Rating an organisation or a member for a year: a level (124-QĐ/TW, to 2024) or points and the
// band they allow (366-QĐ/TW, from 2025), or the reason it is not rated. The server enforces
// the 20% cap on xuất sắc and says so.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal, Select, type ButtonProps } from 'antd';

import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { SubjectField } from './SubjectField';
import { levels, steps, useWords } from './words';

interface Draft { subject_kind: string; subject: string; step: string; level?: string; score?: number; exempt_reason?: string }

interface RuleSet { code: string; subject: string; valid_from: string; valid_to: string | null; scale: string }

export function RatingModal({ year, step, onClose }: { year: number; step: string; onClose: () => void }) {
  const { t } = useI18n();
  const { w, name } = useWords();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const rules = useQuery({ queryKey: ['oversight', 'rule-sets'], queryFn: () => api<{ items: RuleSet[] }>('GET', '/api/v1/oversight/rule-sets') });
  const yearEnd = `${year}-12-31`;
  const inForce = rules.data?.items.find((r) => r.subject === 'rating' && r.valid_from <= yearEnd && (!r.valid_to || yearEnd <= r.valid_to));
  const points = inForce?.scale === 'points';
  const save = useMutation({
    mutationFn: (d: Draft) => api('POST', '/api/v1/oversight/ratings', {
      year, subject_kind: d.subject_kind, subject: d.subject, step: d.step,
      level: d.exempt_reason ? undefined : d.level, score: d.exempt_reason ? undefined : d.score, exempt_reason: d.exempt_reason || undefined,
    }),
    onSuccess: async () => {
      message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: ['oversight'] });
      onClose();
    },
  });
  const error = save.error as ApiError | null;
  return (
    <Modal open title={`${w.rate} ${year}${inForce ? ` (${inForce.code})` : ''}`} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      onOk={() => form.submit()} onCancel={onClose} okButtonProps={{ 'data-testid': 'rating-save' } as ButtonProps}>
      {error && <Alert type="error" showIcon message={error.detail} style={{ marginBottom: 12 }} data-testid="rating-error" />}
      <Form form={form} layout="vertical" onFinish={save.mutate} initialValues={{ step }}>
        <SubjectField at={`${year}-12-31`} testId="rating-subject" />
        <Form.Item label={w.step} name="step"><Select options={steps.map((s) => ({ value: s, label: name(s) }))} /></Form.Item>
        {points && <Form.Item label={w.score} name="score"><InputNumber min={0} max={100} step={0.5} data-testid="rating-score" /></Form.Item>}
        <Form.Item label={w.level} name="level">
          <Select allowClear options={levels.map((l) => ({ value: l, label: name(l) }))} data-testid="rating-level" />
        </Form.Item>
        <Form.Item label={w.exemptReason} name="exempt_reason"><Input /></Form.Item>
      </Form>
    </Modal>
  );
}
