// Entering a figure for one indicator, unit and period; numbers typed as the language writes them.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';

import { api, ApiError, type ScorecardItem } from '../../api';
import { formatNumber, parseNumber } from '../../format';
import { useI18n } from '../../i18n';

export function ValueForm({ item, unit, period, onClose }: {
  item: ScorecardItem;
  unit: string;
  period: string;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: { vintage: string; value: string; source?: string; note?: string }) =>
      api('POST', '/api/v1/values', {
        indicator: item.indicator,
        unit,
        period,
        vintage: v.vintage,
        value: parseNumber(v.value, lang),
        source: v.source || undefined,
        note: v.note || undefined,
      }),
    onSuccess: async () => {
      message.success(t('saved'));
      await queryClient.invalidateQueries();
      onClose();
    },
  });
  const error = save.error as ApiError | null;
  return (
    <Modal
      open
      title={`${t('enterValue')}: ${item.name}`}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error && <Alert type="error" showIcon message={error.detail} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ vintage: 'estimate' }} onFinish={save.mutate}>
        <Form.Item label={t('vintage')} name="vintage">
          <Select options={['estimate', 'preliminary', 'official', 'plan'].map((v) => ({ value: v, label: t(v as 'estimate') }))} />
        </Form.Item>
        <Form.Item
          label={`${t('value')} (${item.measure})`}
          name="value"
          extra={lang === 'vi' ? `Ví dụ: ${formatNumber(1172.5, 1, 'vi')}` : `e.g. ${formatNumber(1172.5, 1, 'en')}`}
          rules={[
            { required: true, message: t('valueRequired') },
            { validator: (_, v) => (!v || parseNumber(v, lang) !== null ? Promise.resolve() : Promise.reject(new Error(t('valueInvalid')))) },
          ]}
        >
          <Input inputMode="decimal" autoFocus data-testid="value-input" />
        </Form.Item>
        <Form.Item label={t('source')} name="source">
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('note')} name="note">
          <Input.TextArea maxLength={2000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
