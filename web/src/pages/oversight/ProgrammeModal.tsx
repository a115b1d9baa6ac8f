// Adopting the year's inspection and supervision programme of a committee: its items.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Select, Space, TreeSelect } from 'antd';

import { api, ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { useUnitsAt } from './units';
import { useWords } from './words';

interface Draft { committee: string; title: string; document?: string; items?: { kind: string; subject: string; content: string; timing: string }[] }

export function ProgrammeModal({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useI18n();
  const { w, name } = useWords();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const units = useUnitsAt(`${year}-12-31`);
  const save = useMutation({
    mutationFn: (d: Draft) => api('POST', '/api/v1/oversight/programmes', { ...d, year, document: d.document || undefined, items: d.items ?? [] }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['oversight'] });
      onClose();
    },
  });
  const error = save.error as ApiError | null;
  const required = [{ required: true, message: t('valueRequired') }];
  return (
    <Modal open title={`${w.newProgramme} ${year}`} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      onOk={() => form.submit()} onCancel={onClose} width={Math.min(900, window.innerWidth)}>
      {error && <Alert type="error" showIcon message={error.detail} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save.mutate} initialValues={{ items: [{ kind: 'inspection' }] }}>
        <Form.Item label={w.body} name="committee" rules={required}>
          <TreeSelect treeData={units.tree} showSearch treeNodeFilterProp="title" loading={units.loading} />
        </Form.Item>
        <Form.Item label={t('name')} name="title" rules={required}><Input /></Form.Item>
        <Form.Item label={w.document} name="document"><Input placeholder="01-CTr/UBKTTU" /></Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'kind']} rules={required}>
                    <Select style={{ width: 120 }} options={['inspection', 'supervision'].map((k) => ({ value: k, label: name(k) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'subject']} rules={required}><Input placeholder={w.subject} /></Form.Item>
                  <Form.Item name={[field.name, 'content']} rules={required}><Input placeholder={w.planned} style={{ width: 260 }} /></Form.Item>
                  <Form.Item name={[field.name, 'timing']} rules={required}><Input placeholder={w.timing} style={{ width: 110 }} /></Form.Item>
                  <Button onClick={() => remove(field.name)}>−</Button>
                </Space>
              ))}
              <Button onClick={() => add({ kind: 'inspection' })}>+ {w.addItem}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
