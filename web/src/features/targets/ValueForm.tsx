// Entering a figure for one indicator, unit and period; numbers typed as the language writes them.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select, type ButtonProps } from 'antd';

import { ApiError } from '../../api/client';
import { errorText } from '../../components/States';
import { formatNumber, parseNumber } from '../../format';
import { useI18n } from '../../i18n';
import { enterValue, type ScorecardItem } from './api';

export const vintages = ['estimate', 'preliminary', 'official', 'plan'] as const;

export function ValueForm({ item, unit, period, onClose }: { item: ScorecardItem; unit: string; period: string; onClose: () => void }) {
  const { t, lang, name } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: { vintage: string; value: string; source?: string; note?: string }) =>
      enterValue({ indicator: item.indicator, unit, period, vintage: v.vintage, value: parseNumber(v.value, lang)!, source: v.source || undefined, note: v.note || undefined }),
    onSuccess: async () => {
      message.success(t('saved'));
      await queryClient.invalidateQueries();
      onClose();
    },
  });
  const title = `${t('enterValue')}: ${(lang === 'en' && item.name_en) || item.name}`;
  return (
    <Modal open title={title} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={onClose}
      okButtonProps={{ 'data-testid': 'value-save' } as ButtonProps}>
      {save.error && <Alert type="error" showIcon message={errorText(save.error as ApiError, t)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ vintage: 'estimate' }} onFinish={save.mutate}>
        <Form.Item label={t('vintage')} name="vintage">
          <Select options={vintages.map((v) => ({ value: v, label: name('vintage', v) }))} data-testid="value-vintage" />
        </Form.Item>
        <Form.Item
          label={`${t('value')} (${item.measure})`}
          name="value"
          extra={`${t('example')}: ${formatNumber(1172.5, 1, lang)}`}
          rules={[
            { required: true, message: t('valueRequired') },
            { validator: (_, v) => (!v || parseNumber(v, lang) !== null ? Promise.resolve() : Promise.reject(new Error(t('valueInvalid')))) },
          ]}
        >
          <Input inputMode="decimal" autoFocus data-testid="value-input" />
        </Form.Item>
        <Form.Item label={t('source')} name="source"><Input maxLength={2000} /></Form.Item>
        <Form.Item label={t('note')} name="note"><Input.TextArea maxLength={2000} rows={2} /></Form.Item>
      </Form>
    </Modal>
  );
}
