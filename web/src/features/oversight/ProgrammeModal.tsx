// Adopting the year's inspection and supervision programme of a committee: its items.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Select, Space, TreeSelect } from 'antd';

import { errorText } from '../../components/States';
import { adoptProgramme, oversightKeys } from './api';
import { useI18n } from '../../i18n';
import { useUnits } from '../units/useUnits';


interface Draft { committee: string; title: string; document?: string; items?: { kind: string; subject: string; content: string; timing: string }[] }

export function ProgrammeModal({ year, onClose }: { year: number; onClose: () => void }) {
  const { t, name } = useI18n();
  
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const units = useUnits(`${year}-12-31`);
  const save = useMutation({
    mutationFn: (d: Draft) => adoptProgramme({ ...d, year, document: d.document || undefined, items: d.items ?? [] }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: oversightKeys.all });
      onClose();
    },
  });
  const error = save.error;
  const required = [{ required: true, message: t('valueRequired') }];
  return (
    <Modal open title={`${t('newProgramme')} ${year}`} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      onOk={() => form.submit()} onCancel={onClose} width={Math.min(900, window.innerWidth)}>
      {error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save.mutate} initialValues={{ items: [{ kind: 'inspection' }] }}>
        <Form.Item label={t('body')} name="committee" rules={required}>
          <TreeSelect treeData={units.tree} showSearch treeNodeFilterProp="title" loading={units.loading} />
        </Form.Item>
        <Form.Item label={t('name')} name="title" rules={required}><Input /></Form.Item>
        <Form.Item label={t('programmeDocument')} name="document"><Input placeholder="01-CTr/UBKTTU" /></Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'kind']} rules={required}>
                    <Select style={{ width: 120 }} options={['inspection', 'supervision'].map((k) => ({ value: k, label: name('caseKind', k) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'subject']} rules={required}><Input placeholder={t('subject')} /></Form.Item>
                  <Form.Item name={[field.name, 'content']} rules={required}><Input placeholder={t('planned')} style={{ width: 260 }} /></Form.Item>
                  <Form.Item name={[field.name, 'timing']} rules={required}><Input placeholder={t('timing')} style={{ width: 110 }} /></Form.Item>
                  <Button onClick={() => remove(field.name)}>−</Button>
                </Space>
              ))}
              <Button onClick={() => add({ kind: 'inspection' })}>+ {t('addItem')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
