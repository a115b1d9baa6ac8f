// Issuing a draft: its number, date and signer; the report is frozen from then on.
import { useMutation } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

import { errorText } from '../../components/States';
import { useI18n } from '../../i18n';
import { issueDraft, type Draft } from './api';

interface Props {
  draft: Draft;
  open: boolean;
  onClose: () => void;
  onIssued: () => void;
}

interface Values {
  number: string;
  date: Dayjs;
  signer: string;
}

export function IssueModal({ draft, open, onClose, onIssued }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const issue = useMutation({
    mutationFn: (v: Values) => issueDraft(draft.id, { number: v.number.trim(), date: v.date.format('YYYY-MM-DD'), signer: v.signer.trim() }),
    onSuccess: () => {
      onIssued();
      onClose();
    },
  });
  return (
    <Modal title={t('draftIssueTitle')} open={open} onCancel={onClose} onOk={() => form.submit()} okText={t('draftIssue')}
      confirmLoading={issue.isPending} okButtonProps={{ 'data-testid': 'confirm-issue' } as ButtonProps} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('draftIssueHelp')}</Typography.Paragraph>
      {issue.error && <Alert type="error" showIcon message={errorText(issue.error, t)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ date: dayjs(draft.date) }} onFinish={(v) => issue.mutate(v)}>
        <Form.Item name="number" label={t('draftNumber')} rules={[{ required: true, pattern: /^\d{1,6}$/, message: t('draftNumberRequired') }]}>
          <Input data-testid="issue-number" maxLength={6} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="date" label={t('draftDate')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} data-testid="issue-date" />
        </Form.Item>
        <Form.Item name="signer" label={t('draftSigner')} rules={[{ required: true, whitespace: true, message: t('draftSignerRequired') }]}>
          <Input data-testid="issue-signer" maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
