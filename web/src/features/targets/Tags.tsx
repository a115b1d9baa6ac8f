// A target's status and the vintage of its figure, the same on every page.
import { useI18n } from '../../i18n';
import { ToneTag } from '../../components/ToneTag';
import type { Tone } from '../../theme';
import type { ScorecardItem, TargetStatus } from './api';
import { shownStatus } from './logic';

export const statusTone: Record<TargetStatus, Tone> = { exceeded: 'success', met: 'teal', not_met: 'danger', no_data: 'neutral' };
const vintageTone: Record<string, Tone> = { estimate: 'warning', preliminary: 'info', official: 'success', plan: 'purple' };

export function StatusTag({ status }: { status: TargetStatus }) {
  const { name } = useI18n();
  return <ToneTag tone={statusTone[status]} data-status={status}>{name('targetStatus', status)}</ToneTag>;
}

// A scorecard item's status as every view shows it: a kept ceiling is met (shownStatus); a figure
// refused across a reorganisation is not comparable, as the reports and `sen scorecard` say.
export function ItemStatusTag({ item }: { item: Pick<ScorecardItem, 'status' | 'direction' | 'not_comparable'> }) {
  const { t } = useI18n();
  if (item.not_comparable) return <ToneTag tone="neutral" data-status="not_comparable">{t('notComparable')}</ToneTag>;
  return <StatusTag status={shownStatus(item)} />;
}

export function VintageTag({ vintage, derivation }: { vintage: string | null; derivation?: string | null }) {
  const { t, name } = useI18n();
  if (!vintage) return null;
  return (
    <>
      <ToneTag tone={vintageTone[vintage] ?? 'neutral'}>{name('vintage', vintage)}</ToneTag>
      {derivation && derivation !== 'entered' && <ToneTag tone="neutral">{t('derived')}</ToneTag>}
    </>
  );
}
