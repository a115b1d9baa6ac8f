// Receiving a letter: who sent it (or anonymous), what kind, what about, who handles it; likely
// duplicates are suggested while the content is typed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, List, Modal, Select, Space, TreeSelect, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';

import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { errorText } from '../../components/States';
import { formatDate, todayInVietnam } from '../../format';
import { officeToday } from '../../today';
import { useI18n, type EnumName } from '../../i18n';
import { useUnits } from '../units/useUnits';
import { petitionKeys, receivePetition, suggestDuplicates, type DuplicateSuggestion, type PetitionReceived } from './api';
import { Receipt } from './Receipt';
import { petitionEnums } from './words';

interface Draft {
  channel: string;
  received_on: Dayjs;
  types: string[];
  field: string;
  content: string;
  handling_unit: string;
  concerned_unit?: string;
  concerned_person?: string;
  anonymous: boolean;
  name?: string;
  phone?: string;
  address?: string;
}

export function IntakeModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const { t, name: word } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const units = useUnits(todayInVietnam());
  const tree = units.tree;
  const content = Form.useWatch('content', form);
  const name = Form.useWatch('name', form);
  const anonymous = Form.useWatch('anonymous', form);
  const [suggestions, setSuggestions] = useState<DuplicateSuggestion[]>([]);
  const [received, setReceived] = useState<PetitionReceived | null>(null);

  useEffect(() => {
    if (!content || content.length < 15) return setSuggestions([]);
    const timer = setTimeout(() => {
      suggestDuplicates(content, name)
        .then((r) => setSuggestions(r.items))
        .catch(() => setSuggestions([]));
    }, 400);
    return () => clearTimeout(timer);
  }, [content, name]);

  const save = useMutation({
    mutationFn: (d: Draft) =>
      receivePetition({
        channel: d.channel,
        received_on: d.received_on.format('YYYY-MM-DD'),
        types: d.types,
        field: d.field,
        content: d.content,
        handling_unit: d.handling_unit,
        concerned_unit: d.concerned_unit || undefined,
        concerned_person: d.concerned_person || undefined,
        anonymous: d.anonymous,
        petitioners: d.anonymous ? [] : [{ name: d.name, phone: d.phone || undefined, address: d.address || undefined }],
      }),
    onSuccess: async (p) => {
      message.success(`${t('trackingCode')}: ${p.tracking_code}`);
      await queryClient.invalidateQueries({ queryKey: petitionKeys.all });
      setReceived(p);
    },
  });
  const options = (list: EnumName & keyof typeof petitionEnums) => Object.keys(petitionEnums[list]).map((value) => ({ value, label: word(list, value) }));

  if (received) return <Receipt letter={received} onClose={() => onCreated(received.id)} />;
  return (
    <Modal open title={t('receive')} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'petition-save' } as React.ComponentProps<typeof Button>}
      onOk={() => form.submit()} onCancel={onClose} width={Math.min(720, window.innerWidth)}>
      {save.error && <Alert type="error" showIcon message={errorText(save.error, t)} style={{ marginBottom: 12 }} data-testid="petition-error" />}
      <Form form={form} layout="vertical" onFinish={save.mutate}
        initialValues={{ channel: 'direct', received_on: officeToday(), types: ['kien_nghi'], field: 'khac', anonymous: false }}>
        <Space wrap>
          <Form.Item label={t('channel')} name="channel"><Select style={{ width: 240 }} options={options('channel')} /></Form.Item>
          <Form.Item label={t('receivedOn')} name="received_on"><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
        </Space>
        <Form.Item label={t('letterTypes')} name="types" rules={[{ required: true, message: t('valueRequired') }]}>
          <CheckboxGroupField label={t('letterTypes')} options={options('letterType')} data-testid="petition-types" />
        </Form.Item>
        <Form.Item label={t('field')} name="field"><Select options={options('letterField')} /></Form.Item>
        <Form.Item label={t('letterContent')} name="content" rules={[{ required: true, message: t('valueRequired') }]}>
          <Input.TextArea rows={3} data-testid="petition-content" />
        </Form.Item>
        {suggestions.length > 0 && (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('possibleDuplicates')}
            description={<List size="small" dataSource={suggestions} renderItem={(s) => (
              <List.Item>{s.tracking_code} · {formatDate(s.received_on)} · {s.reason === 'same_petitioner' ? t('petitioner') : t('letterContent')}</List.Item>
            )} />} />
        )}
        <Form.Item label={t('handlingUnit')} name="handling_unit" rules={[{ required: true, message: t('unitRequired') }]}>
          <TreeSelect treeData={tree} showSearch treeNodeFilterProp="title" treeDefaultExpandAll data-testid="petition-handling-unit" />
        </Form.Item>
        <Space wrap style={{ width: '100%' }}>
          <Form.Item label={t('concernedUnit')} name="concerned_unit">
            <TreeSelect style={{ minWidth: 240 }} allowClear treeData={tree} showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
          </Form.Item>
          <Form.Item label={t('concernedPerson')} name="concerned_person"><Input style={{ minWidth: 240 }} /></Form.Item>
        </Space>
        <Form.Item name="anonymous" valuePropName="checked"><Checkbox>{t('anonymous')}</Checkbox></Form.Item>
        {!anonymous && (
          <>
            <Typography.Text strong>{t('petitioner')}</Typography.Text>
            <Space wrap style={{ width: '100%', marginTop: 8 }}>
              <Form.Item label={t('name')} name="name" rules={[{ required: true, message: t('valueRequired') }]}>
                <Input data-testid="petitioner-name" />
              </Form.Item>
              <Form.Item label={t('phone')} name="phone"><Input data-testid="petitioner-phone" /></Form.Item>
              <Form.Item label={t('address')} name="address"><Input /></Form.Item>
            </Space>
          </>
        )}
      </Form>
    </Modal>
  );
}
