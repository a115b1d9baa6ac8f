// One part of a draft written by the officer: its text and a save button; a save with a stale
// version reloads the part with a message instead of overwriting someone else's text.
import { useMutation } from '@tanstack/react-query';
import { App, Button, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';

import { api, ApiError } from '../../api';
import type { DraftSection } from './types';
import { useWords } from './words';

interface Props {
  draftId: number;
  section: DraftSection;
  readOnly: boolean;
  onSaved: () => void;
}

export function SectionEditor({ draftId, section, readOnly, onSaved }: Props) {
  const w = useWords();
  const { message } = App.useApp();
  const [text, setText] = useState(section.text);
  useEffect(() => setText(section.text), [section.text, section.version]);
  const save = useMutation({
    mutationFn: () => api<DraftSection>('PUT', `/api/v1/report-drafts/${draftId}/sections/${section.key}`, { text, version: section.version }),
    onSuccess: () => {
      message.success(w.saved);
      onSaved();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409 && e.code === 'stale_version') {
        message.warning(w.stale);
        onSaved();
      } else {
        message.error((e as Error).message);
      }
    },
  });
  const recipients = section.key === 'recipients';
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`section-${section.key}`}>
      <Typography.Text strong>{section.title}</Typography.Text>
      {recipients && <Typography.Text type="secondary">{w.recipientsHelp}</Typography.Text>}
      <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} readOnly={readOnly}
        autoSize={{ minRows: recipients ? 3 : 2, maxRows: 14 }} data-testid={`text-${section.key}`} aria-label={section.title} />
      {!readOnly && (
        <Button size="small" onClick={() => save.mutate()} loading={save.isPending} disabled={text === section.text}
          data-testid={`save-${section.key}`}>{w.save}</Button>
      )}
    </Space>
  );
}
