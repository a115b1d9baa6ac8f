// A letter's status as a tag in its urgency's colour, with how its deadline stands.
import { Typography } from 'antd';

import { ToneTag } from '../../components/ToneTag';
import { useI18n } from '../../i18n';
import type { PetitionStatus } from './api';
import { dueNote, urgencyTone } from './logic';

export function PetitionStatusTag({ status, daysLeft, testId }: { status: PetitionStatus; daysLeft: number | null; testId?: string }) {
  const { name } = useI18n();
  return <ToneTag tone={urgencyTone(status, daysLeft)} data-testid={testId} data-status={status}>{name('petitionStatus', status)}</ToneTag>;
}

export function DueNote({ daysLeft }: { daysLeft: number | null }) {
  const i18n = useI18n();
  if (daysLeft === null) return null;
  return <Typography.Text type={daysLeft < 0 ? 'danger' : daysLeft <= 3 ? 'warning' : 'secondary'}>{dueNote(daysLeft, i18n)}</Typography.Text>;
}
