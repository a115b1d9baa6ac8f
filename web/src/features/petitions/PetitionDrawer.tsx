// One letter: its status and deadlines, its timeline, the next step, and — for those granted it
// only — who denounced.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Descriptions, Drawer, Form, Input, List, Popconfirm, Select, Space, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';

import { IllustrativeTag } from '../../components/Tags';
import { errorText, QueryState } from '../../components/States';
import { ToneTag } from '../../components/ToneTag';
import { FilesPanel } from '../files/FilesPanel';
import { fileRecord } from '../files/api';
import { formatDate } from '../../format';
import { officeToday } from '../../today';
import { useI18n } from '../../i18n';
import { can, useMe } from '../auth/session';
import { denouncers, petitionKeys, petitionQueries, recordStep, renewLookupPin, type Person } from './api';
import { DueNote, PetitionStatusTag } from './PetitionStatus';
import { Receipt, type Received } from './Receipt';
import { petitionEnums } from './words';

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
  const { t, name } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<StepDraft>();
  const kind = Form.useWatch('kind', form);
  const [receipt, setReceipt] = useState<Received | null>(null);
  const [identities, setIdentities] = useState<Person[] | null>(null);
  const letter = useQuery(petitionQueries.detail(id));
  const step = useMutation({
    mutationFn: (d: StepDraft) =>
      recordStep(id, {
        version: letter.data!.version, kind: d.kind, date: d.date.format('YYYY-MM-DD'), note: d.note || undefined,
        reason: d.reason, recipient: d.recipient || undefined, decision_number: d.decision_number || undefined,
        decision_date: d.decision_date?.format('YYYY-MM-DD'), new_deadline: d.new_deadline?.format('YYYY-MM-DD'), result: d.result,
      }),
    onSuccess: async () => {
      message.success(t('saved'));
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: petitionKeys.all });
    },
  });
  const d = letter.data;
  const awaiting = d && d.open && (d.status === 'awaiting_processing' || d.status === 'processing_overdue');
  const steps = !d || !d.open ? [] : awaiting ? ['accept', 'forward', 'guide', 'file']
    : ['extend', 'dialogue', 'suspend', 'resume', 'withdraw', 'decide'];

  return (
    <Drawer open onClose={onClose} width={Math.min(680, window.innerWidth)} title={d ? <span data-testid="petition-code">{d.tracking_code}</span> : t('loading')}>
      <QueryState isPending={letter.isPending} error={letter.error} refetch={letter.refetch} />
      {d && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('status')}>
              <PetitionStatusTag status={d.status} daysLeft={d.days_left} testId="petition-status" />
              {d.long_unresolved && <ToneTag tone="danger">{t('longUnresolved')}</ToneTag>}
              {d.illustrative && <IllustrativeTag />}
            </Descriptions.Item>
            {d.due && <Descriptions.Item label={t('deadline')}><b data-testid="petition-due">{formatDate(d.due)}</b> <DueNote daysLeft={d.days_left} /></Descriptions.Item>}
            <Descriptions.Item label={t('letterTypes')}>{d.types.map((x) => name('letterType', x)).join(', ')}{d.anonymous && ` · ${t('anonymous')}`}</Descriptions.Item>
            <Descriptions.Item label={t('field')}>{name('letterField', d.field)}</Descriptions.Item>
            <Descriptions.Item label={t('receivedOn')}>{formatDate(d.received_on)} · {name('channel', d.channel)}</Descriptions.Item>
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
              onConfirm={() => renewLookupPin(id)
                .then((r) => setReceipt({ ...d, lookup_pin: r.lookup_pin }))
                .catch((e: Error) => message.error(errorText(e, t)))}>
              <Button size="small" data-testid="renew-pin">{t('renewPin')}</Button>
            </Popconfirm>
          )}
          {receipt && <Receipt letter={receipt} onClose={() => setReceipt(null)} />}
          {d.denouncer_count > 0 && can(me.data, 'petitions.identity') && (
            <Alert type="warning" showIcon message={t('confidential')}
              action={identities === null && (
                <Button size="small" data-testid="show-denouncers"
                  onClick={() => denouncers(id).then((r) => setIdentities(r.items)).catch((e: Error) => message.error(errorText(e, t)))}>
                  {t('denouncers')}
                </Button>
              )}
              description={identities && <List size="small" dataSource={identities} renderItem={(p) => <List.Item>{p.name} · {p.phone} · {p.address}</List.Item>} />} />
          )}
          {steps.length > 0 && can(me.data, 'petitions.process') && (
            <Form form={form} layout="vertical" onFinish={step.mutate} initialValues={{ date: officeToday() }} style={{ background: '#fafafa', padding: 12, borderRadius: 6 }}>
              {step.error && <Alert type="error" showIcon message={errorText(step.error, t)} style={{ marginBottom: 12 }} />}
              <Space wrap>
                <Form.Item label={t('processStep')} name="kind" rules={[{ required: true, message: t('valueRequired') }]}>
                  <Select style={{ width: 220 }} data-testid="petition-step" options={steps.map((s) => ({ value: s, label: name('petitionStep', s) }))} />
                </Form.Item>
                <Form.Item label={t('date')} name="date"><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item>
              </Space>
              {kind === 'forward' && <Form.Item label={t('recipient')} name="recipient" rules={[{ required: true, message: t('valueRequired') }]}><Input /></Form.Item>}
              {kind === 'file' && (
                <Form.Item label={t('fileReason')} name="reason" rules={[{ required: true, message: t('valueRequired') }]}>
                  <Select options={Object.keys(petitionEnums.fileReason).map((value) => ({ value, label: name('fileReason', value) }))} />
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
                  <Select options={Object.keys(petitionEnums.letterResult).map((value) => ({ value, label: name('letterResult', value) }))} />
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
                  {formatDate(e.date)} — <b>{name('petitionStep', e.kind)}</b>
                  {e.recipient && `: ${e.recipient}`}{e.reason && `: ${name('fileReason', e.reason)}`}
                  {e.decision_number && ` · ${e.decision_number}`}{e.new_deadline && ` → ${formatDate(e.new_deadline)}`}
                  {e.result && ` · ${name('letterResult', e.result)}`}{e.note && ` · ${e.note}`}
                  <Typography.Text type="secondary"> ({e.recorded_by})</Typography.Text>
                </>
              ),
            })),
          ]} />
          {/* A denunciation's scans carry the denouncer's name: only those who may see who denounced. */}
          {(!d.types.includes('to_cao') || can(me.data, 'petitions.identity')) && (
            <FilesPanel record={fileRecord.petition(id)} canWrite={can(me.data, 'petitions.process')} />
          )}
        </Space>
      )}
    </Drawer>
  );
}
