// A target's status and the vintage of its figure, the same on every page.
import { useI18n } from '../../i18n';
import { ToneTag } from '../../components/ToneTag';
import type { Tone } from '../../theme';
import type { TargetStatus } from './api';

export const statusTone: Record<TargetStatus, Tone> = { exceeded: 'success', met: 'teal', not_met: 'danger', no_data: 'neutral' };
const vintageTone: Record<string, Tone> = { estimate: 'warning', preliminary: 'info', official: 'success', plan: 'purple' };

export function StatusTag({ status }: { status: TargetStatus }) {
  const { name } = useI18n();
  return <ToneTag tone={statusTone[status]} data-status={status}>{name('targetStatus', status)}</ToneTag>;
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
