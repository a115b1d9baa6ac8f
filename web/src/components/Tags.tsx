// Tags shown everywhere: a figure marked illustrative (demo data, with its source on hover).
import { Tooltip } from 'antd';

import { useI18n } from '../i18n';
import { ToneTag } from './ToneTag';

export function IllustrativeTag({ source }: { source?: string | null }) {
  const { t } = useI18n();
  if (!source) return <ToneTag tone="gold">{t('illustrative')}</ToneTag>;
  return <Tooltip title={source}><ToneTag tone="gold" tabIndex={0}>{t('illustrative')}</ToneTag></Tooltip>;
}
