// Opening a case by decision: kind and type, the deciding body, issuer and term (the number is
// the next of that issuer's decisions in the term unless given), and its subjects.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select, TreeSelect } from 'antd';
import type { Dayjs } from 'dayjs';

import { errorText } from '../../components/States';
import { officeToday } from '../../today';
import { openCase, oversightKeys } from './api';
import { useI18n } from '../../i18n';
import { useUnits } from '../units/useUnits';
import { caseTypes } from './words';

interface Draft {
  kind: 'inspection' | 'supervision'; type: string; body: string; issuer: string; term: string; decision_number?: number;
  decided_on: Dayjs; team?: string; organisations?: string[]; members?: string[];
}

export function CaseModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const { t, name } = useI18n();
  
  const [form] = Form.useForm<Draft>();
  const queryClient = useQueryClient();
  const decidedOn = Form.useWatch('decided_on', form) as Dayjs | undefined;
  const kind = (Form.useWatch('kind', form) ?? 'inspection') as Draft['kind'];
  const units = useUnits((decidedOn ?? officeToday()).format('YYYY-MM-DD'));
  const save = useMutation({
    mutationFn: (d: Draft) => openCase({
      kind: d.kind, type: d.type, body: d.body, issuer: d.issuer, term: d.term, decision_number: d.decision_number || undefined,
      decided_on: d.decided_on.format('YYYY-MM-DD'), team: d.team || undefined,
      subjects: [...(d.organisations ?? []).map((code) => ({ kind: 'organisation', code })), ...(d.members ?? []).map((code) => ({ kind: 'member', code }))],
    }),
    onSuccess: async (k) => {
      await queryClient.invalidateQueries({ queryKey: oversightKeys.all });
      onCreated(k.id);
    },
  });
  const error = save.error;
  const required = [{ required: true, message: t('valueRequired') }];
  return (
    <Modal open title={t('openCase')} okText={t('save')} cancelText={t('cancel')} confirmLoading={save.isPending}
      onOk={() => form.submit()} onCancel={onClose} width={Math.min(680, window.innerWidth)}>
      {error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 12 }} data-testid="case-error" />}
      <Form form={form} layout="vertical" onFinish={save.mutate}
        initialValues={{ kind: 'inspection', type: 'by_programme', decided_on: officeToday(), issuer: 'UBKTTU', term: '2025-2030' }}>
        <Form.Item label={t('caseKindLabel')} name="kind">
          <Select options={Object.keys(caseTypes).map((k) => ({ value: k, label: name('caseKind', k) }))}
            onChange={(k: Draft['kind']) => form.setFieldValue('type', caseTypes[k][0])} />
        </Form.Item>
        <Form.Item label={t('caseType')} name="type"><Select options={caseTypes[kind].map((k) => ({ value: k, label: name('caseType', k) }))} /></Form.Item>
        <Form.Item label={t('body')} name="body" rules={required}>
          <TreeSelect treeData={units.tree} showSearch treeNodeFilterProp="title" loading={units.loading} />
        </Form.Item>
        <Form.Item label={t('issuerSymbol')} name="issuer" rules={required}><Input /></Form.Item>
        <Form.Item label={t('term')} name="term" rules={required}><Input /></Form.Item>
        <Form.Item label={t('decision')} name="decision_number"><InputNumber min={1} placeholder="05" /></Form.Item>
        <Form.Item label={t('decidedOn')} name="decided_on" rules={required}><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
        <Form.Item label={t('team')} name="team"><Input.TextArea rows={2} /></Form.Item>
        <Form.Item label={t('organisation')} name="organisations">
          <TreeSelect multiple treeData={units.partyTree} showSearch treeNodeFilterProp="title" loading={units.loading} />
        </Form.Item>
        <Form.Item label={t('memberCode')} name="members"><Select mode="tags" tokenSeparators={[',', ' ']} placeholder="DV-0001" /></Form.Item>
      </Form>
    </Modal>
  );
}
