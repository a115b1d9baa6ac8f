// One letter: its status and deadlines, its timeline, the next step, and — for those granted it
// only — who denounced.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Descriptions, Drawer, Form, Input, List, Popconfirm, Select, Space, Tag, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';

import { api, ApiError, type PetitionDetail } from '../../api';
import { FilesPanel } from '../../components/FilesPanel';
import { IllustrativeTag } from '../../components/Tags';
import { QueryState } from '../../components/States';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { can, useMe } from '../../session';
import { channelNames, fieldNames, fileReasons, resultNames, stepNames, typeNames, urgency } from './labels';
import { Receipt, type Received } from './Receipt';

interface StepDraft {
  kind: string;
  date: Dayjs;
  note?: string;
  reason?: string;
  recipient?: string;
  decision_number?: string;
  decision_date?: Dayjs;
  new_deadline?: Dayjs;
  result?: string;
}

export function PetitionDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<StepDraft>();
  const kind = Form.useWatch('kind', form);
  const [receipt, setReceipt] = useState<Received | null>(null);
  const [identities, setIdentities] = useState<{ name: string; phone: string | null; address: string | null }[] | null>(null);
  const letter = useQuery({ queryKey: ['petitions', id], queryFn: () => api<PetitionDetail>('GET', `/api/v1/petitions/${id}`) });
  const step = useMutation({
    mutationFn: (d: StepDraft) =>
      api('POST', `/api/v1/petitions/${id}/events`, {
        version: letter.data!.version, kind: d.kind, date: d.date.format('YYYY-MM-DD'), note: d.note || undefined,
        reason: d.reason, recipient: d.recipient || undefined, decision_number: d.decision_number || undefined,
        decision_date: d.decision_date?.format('YYYY-MM-DD'), new_deadline: d.new_deadline?.format('YYYY-MM-DD'), result: d.result,
      }),
    onSuccess: async () => {
      message.success(t('saved'));
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['petitions'] });
    },
  });
  const d = letter.data;
  const awaiting = d && d.open && (d.status === 'awaiting_processing' || d.status === 'processing_overdue');
  const steps = !d || !d.open ? [] : awaiting ? ['accept', 'forward', 'guide', 'file']
    : ['extend', 'dialogue', 'suspend', 'resume', 'withdraw', 'decide'];
  const error = step.error as ApiError | null;
  const dateOptional = (v?: Dayjs) => (v ? formatDate(v.format('YYYY-MM-DD')) : '');

  return (
    <Drawer open onClose={onClose} width={Math.min(680, window.innerWidth)} title={d ? <span data-testid="petition-code">{d.tracking_code}</span> : t('loading')}>
      <QueryState isPending={letter.isPending} error={letter.error} />
      {d && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('status')}>
              <Tag color={urgency(d.status, d.days_left)} data-testid="petition-status">{d.status_text}</Tag>
              {d.long_unresolved && <Tag color="volcano">{t('longUnresolved')}</Tag>}
              {d.illustrative && <IllustrativeTag />}
            </Descriptions.Item>
            {d.due && <Descriptions.Item label={t('deadline')}><b data-testid="petition-due">{formatDate(d.due)}</b> ({d.days_left} {t('days')})</Descriptions.Item>}
            <Descriptions.Item label={t('letterTypes')}>{d.types.map((x) => typeNames[x] ?? x).join(', ')}{d.anonymous && ` · ${t('anonymous')}`}</Descriptions.Item>
            <Descriptions.Item label={t('field')}>{fieldNames[d.field] ?? d.field}</Descriptions.Item>
            <Descriptions.Item label={t('receivedOn')}>{formatDate(d.received_on)} · {channelNames[d.channel]}</Descriptions.Item>
            <Descriptions.Item label={t('handlingUnit')}>{d.handling_unit_name}</Descriptions.Item>
            {d.concerned_person && <Descriptions.Item label={t('concernedPerson')}>{d.concerned_person}</Descriptions.Item>}
            <Descriptions.Item label={t('letterContent')}>{d.content}</Descriptions.Item>
            {d.petitioners.length > 0 && (
              <Descriptions.Item label={t('petitioner')}>{d.petitioners.map((p) => {
                const contacts = [p.phone, p.email].filter(Boolean).join(', ');
                return contacts ? `${p.name} (${contacts})` : p.name;
              }).join('; ')}</Descriptions.Item>
            )}
            {d.denouncer_count > 0 && <Descriptions.Item label={t('denouncerCount')}>{d.denouncer_count}</Descriptions.Item>}
          </Descriptions>
          {can(me.data, 'petitions.process') && (
            <Popconfirm title={t('renewPinConfirm')} okText={t('renewPin')} cancelText={t('cancel')}
              onConfirm={() => api<{ lookup_pin: string }>('POST', `/api/v1/petitions/${id}/lookup-pin`)
                .then((r) => setReceipt({ ...d, lookup_pin: r.lookup_pin }))
                .catch((e: unknown) => message.error(e instanceof ApiError ? e.detail : String(e)))}>
              <Button size="small" data-testid="renew-pin">{t('renewPin')}</Button>
            </Popconfirm>
          )}
          {receipt && <Receipt letter={receipt} onClose={() => setReceipt(null)} />}
          {d.denouncer_count > 0 && can(me.data, 'petitions.identity') && (
            <Alert type="warning" showIcon message={t('confidential')}
              action={identities === null && (
                <Button size="small" data-testid="show-denouncers"
                  onClick={() => api<{ items: { name: string; phone: string | null; address: string | null }[] }>('GET', `/api/v1/petitions/${id}/denouncers`).then((r) => setIdentities(r.items))}>
                  {t('denouncers')}
                </Button>
              )}
              description={identities && <List size="small" dataSource={identities} renderItem={(p) => <List.Item>{p.name} · {p.phone} · {p.address}</List.Item>} />} />
          )}
          {steps.length > 0 && can(me.data, 'petitions.process') && (
            <Form form={form} layout="vertical" onFinish={step.mutate} initialValues={{ date: dayjs() }} style={{ background: '#fafafa', padding: 12, borderRadius: 6 }}>
              {error && <Alert type="error" showIcon message={error.detail} style={{ marginBottom: 12 }} />}
              <Space wrap>
                <Form.Item label={t('processStep')} name="kind" rules={[{ required: true, message: t('valueRequired') }]}>
                  <Select style={{ width: 220 }} data-testid="petition-step" options={steps.map((s) => ({ value: s, label: stepNames[s] }))} />
                </Form.Item>
                <Form.Item label={t('date')} name="date"><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
              </Space>
              {kind === 'forward' && <Form.Item label={t('recipient')} name="recipient" rules={[{ required: true, message: t('valueRequired') }]}><Input /></Form.Item>}
              {kind === 'file' && (
                <Form.Item label={t('fileReason')} name="reason" rules={[{ required: true, message: t('valueRequired') }]}>
                  <Select options={Object.entries(fileReasons).map(([value, label]) => ({ value, label }))} />
                </Form.Item>
              )}
              {(kind === 'extend' || kind === 'decide') && (
                <Space wrap>
                  <Form.Item label={t('decisionNumber')} name="decision_number" rules={kind === 'extend' ? [{ required: true, message: t('valueRequired') }] : []}><Input /></Form.Item>
                  <Form.Item label={t('decisionDate')} name="decision_date" rules={kind === 'extend' ? [{ required: true, message: t('dateRequired') }] : []}><DatePicker format="DD/MM/YYYY" /></Form.Item>
                </Space>
              )}
              {kind === 'extend' && <Form.Item label={t('newDeadline')} name="new_deadline" rules={[{ required: true, message: t('dateRequired') }]}><DatePicker format="DD/MM/YYYY" /></Form.Item>}
              {kind === 'decide' && d.types.some((x) => x === 'khieu_nai' || x === 'to_cao') && (
                <Form.Item label={t('outcome')} name="result" rules={[{ required: true, message: t('valueRequired') }]}>
                  <Select options={Object.entries(resultNames).map(([value, label]) => ({ value, label }))} />
                </Form.Item>
              )}
              <Form.Item label={t('note')} name="note"><Input.TextArea rows={2} /></Form.Item>
              <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="petition-step-save">{t('save')}</Button>
            </Form>
          )}
          <Typography.Title level={5}>{t('history')}</Typography.Title>
          <Timeline items={[
            { key: 'received', children: <>{formatDate(d.received_on)} — {t('receive')} ({t('deadline')} {formatDate(d.processing_due)})</> },
            ...d.events.map((e) => ({
              key: e.id,
              children: (
                <>
                  {formatDate(e.date)} — <b>{stepNames[e.kind] ?? e.kind}</b>
                  {e.recipient && `: ${e.recipient}`}{e.reason && `: ${fileReasons[e.reason] ?? e.reason}`}
                  {e.decision_number && ` · ${e.decision_number}`}{e.new_deadline && ` → ${dateOptional(dayjs(e.new_deadline))}`}
                  {e.result && ` · ${resultNames[e.result]}`}{e.note && ` · ${e.note}`}
                  <Typography.Text type="secondary"> ({e.recorded_by})</Typography.Text>
                </>
              ),
            })),
          ]} />
          {(!d.types.includes('to_cao') || can(me.data, 'petitions.identity')) && (
            <FilesPanel record={`/api/v1/petitions/${id}`} canWrite={can(me.data, 'petitions.process')} />
          )}
        </Space>
      )}
    </Drawer>
  );
}
