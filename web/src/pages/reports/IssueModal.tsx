// Issuing a draft: its number, date and signer; the report is frozen from then on.
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

import { api, ApiError } from '../../api';
import type { Draft } from './types';
import { useWords } from './words';

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
  const w = useWords();
  const [form] = Form.useForm<Values>();
  const issue = useMutation({
    mutationFn: (v: Values) => api<Draft>('POST', `/api/v1/report-drafts/${draft.id}/issue`,
      { number: v.number.trim(), date: v.date.format('YYYY-MM-DD'), signer: v.signer.trim() }),
    onSuccess: () => {
      onIssued();
      onClose();
    },
  });
  const error = issue.error as ApiError | null;
  return (
    <Modal title={w.issueTitle} open={open} onCancel={onClose} onOk={() => form.submit()} okText={w.issue}
      confirmLoading={issue.isPending} okButtonProps={{ 'data-testid': 'confirm-issue' } as React.ComponentProps<typeof Button>} destroyOnHidden>
      <Typography.Paragraph type="secondary">{w.issueHelp}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error.detail} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ date: dayjs(draft.date) }} onFinish={(v) => issue.mutate(v)}>
        <Form.Item name="number" label={w.number} rules={[{ required: true, pattern: /^\d{1,6}$/, message: w.numberRequired }]}>
          <Input data-testid="issue-number" maxLength={6} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="date" label={w.date} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} data-testid="issue-date" />
        </Form.Item>
        <Form.Item name="signer" label={w.signer} rules={[{ required: true, whitespace: true, message: w.signerRequired }]}>
          <Input data-testid="issue-signer" maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
