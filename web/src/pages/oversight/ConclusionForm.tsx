// Recording a case's conclusion, recommendations and the remedies to follow up.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';
import type { Case } from './types';
import { useWords } from './words';

interface Draft { conclusion: string; concluded_on: Dayjs; recommendations?: string; remedies?: { content: string; due?: Dayjs }[] }

export function ConclusionForm({ k }: { k: Case }) {
  const { t } = useI18n();
  const { w } = useWords();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (d: Draft) => api('POST', `/api/v1/oversight/cases/${k.id}/conclusion`, {
      conclusion: d.conclusion, concluded_on: d.concluded_on.format('YYYY-MM-DD'), recommendations: d.recommendations || undefined,
      remedies: (d.remedies ?? []).filter((r) => r?.content).map((r) => ({ content: r.content, due: r.due?.format('YYYY-MM-DD') })),
      version: k.version,
    }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['oversight'] }),
  });
  const error = save.error as ApiError | null;
  const required = [{ required: true, message: t('valueRequired') }];
  return (
    <Form layout="vertical" onFinish={save.mutate} initialValues={{ concluded_on: dayjs(), remedies: [] }}>
      {error && <Alert type="error" showIcon message={error.detail} style={{ marginBottom: 12 }} />}
      <Form.Item label={w.conclusion} name="conclusion" rules={required}><Input.TextArea rows={3} data-testid="case-conclusion" /></Form.Item>
      <Form.Item label={w.concludedOn} name="concluded_on" rules={required}><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
      <Form.Item label={w.recommendations} name="recommendations"><Input.TextArea rows={2} /></Form.Item>
      <Form.List name="remedies">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'content']} rules={required}><Input placeholder={w.remedies} style={{ width: 300 }} /></Form.Item>
                <Form.Item name={[field.name, 'due']}><DatePicker format="DD/MM/YYYY" placeholder={w.due} /></Form.Item>
                <Button onClick={() => remove(field.name)}>−</Button>
              </Space>
            ))}
            <Button onClick={() => add()} style={{ marginBottom: 12 }}>+ {w.remedies}</Button>
          </>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="case-conclude">{t('save')}</Button>
    </Form>
  );
}
