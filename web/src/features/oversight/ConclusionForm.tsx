// Recording a case's conclusion, recommendations and the remedies to follow up.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';

import { errorText } from '../../components/States';
import { concludeCase, oversightKeys } from './api';
import { officeToday } from '../../today';
import { useI18n } from '../../i18n';
import type { Case } from './api';


interface Draft { conclusion: string; concluded_on: Dayjs; recommendations?: string; remedies?: { content: string; due?: Dayjs }[] }

export function ConclusionForm({ k }: { k: Case }) {
  const { t } = useI18n();
  
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (d: Draft) => concludeCase(k.id, {
      conclusion: d.conclusion, concluded_on: d.concluded_on.format('YYYY-MM-DD'), recommendations: d.recommendations || undefined,
      remedies: (d.remedies ?? []).filter((r) => r?.content).map((r) => ({ content: r.content, due: r.due?.format('YYYY-MM-DD') })),
      version: k.version,
    }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: oversightKeys.all }),
  });
  const error = save.error;
  const required = [{ required: true, message: t('valueRequired') }];
  return (
    <Form layout="vertical" onFinish={save.mutate} initialValues={{ concluded_on: officeToday(), remedies: [] }}>
      {error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Form.Item label={t('conclusion')} name="conclusion" rules={required}><Input.TextArea rows={3} data-testid="case-conclusion" /></Form.Item>
      <Form.Item label={t('concludedOn')} name="concluded_on" rules={required}><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
      <Form.Item label={t('recommendations')} name="recommendations"><Input.TextArea rows={2} /></Form.Item>
      <Form.List name="remedies">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'content']} rules={required}><Input placeholder={t('remedies')} style={{ width: 300 }} /></Form.Item>
                <Form.Item name={[field.name, 'due']}><DatePicker format="DD/MM/YYYY" placeholder={t('remedyDue')} /></Form.Item>
                <Button onClick={() => remove(field.name)}>−</Button>
              </Space>
            ))}
            <Button onClick={() => add()} style={{ marginBottom: 12 }}>+ {t('remedies')}</Button>
          </>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="case-conclude">{t('save')}</Button>
    </Form>
  );
}
