// One part of a draft written by the officer: its text and a save button; a save with a stale
// version reloads the part with a message instead of overwriting someone else's text.
import { useMutation } from '@tanstack/react-query';
import { App, Button, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';

import { ApiError } from '../../api/client';
import { errorText } from '../../components/States';
import { useI18n } from '../../i18n';
import { saveDraftSection, type DraftSection } from './api';

interface Props {
  draftId: number;
  section: DraftSection;
  readOnly: boolean;
  onSaved: () => void;
}

export function SectionEditor({ draftId, section, readOnly, onSaved }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [text, setText] = useState(section.text);
  useEffect(() => setText(section.text), [section.text, section.version]);
  const save = useMutation({
    mutationFn: () => saveDraftSection(draftId, section.key, text, section.version),
    onSuccess: () => {
      message.success(t('draftSaved'));
      onSaved();
    },
    onError: (e: Error) => {
      if (e instanceof ApiError && e.status === 409 && e.code === 'stale_version') {
        message.warning(t('draftStale'));
        onSaved();
      } else {
        message.error(errorText(e, t));
      }
    },
  });
  const recipients = section.key === 'recipients';
  const id = `draft-section-${section.key}`;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`section-${section.key}`}>
      <Typography.Text strong><label htmlFor={id}>{section.title}</label></Typography.Text>
      {recipients && <Typography.Text type="secondary">{t('draftRecipientsHelp')}</Typography.Text>}
      <Input.TextArea id={id} value={text} onChange={(e) => setText(e.target.value)} readOnly={readOnly}
        autoSize={{ minRows: recipients ? 3 : 2, maxRows: 14 }} data-testid={`text-${section.key}`} />
      {!readOnly && (
        <Button size="small" onClick={() => save.mutate()} loading={save.isPending} disabled={text === section.text}
          data-testid={`save-${section.key}`}>{t('draftSave')}</Button>
      )}
    </Space>
  );
}
