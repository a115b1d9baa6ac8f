// A tag in one of the theme's tones (legible colours), the way every status is shown.
import { Tag } from 'antd';
import type { ReactNode } from 'react';

import { tones, type Tone } from '../theme';

export function ToneTag({ tone, children, ...rest }: { tone: Tone; children: ReactNode; tabIndex?: number; 'data-testid'?: string; 'data-status'?: string }) {
  const t = tones[tone];
  return <Tag style={{ color: t.color, background: t.background, borderColor: t.border }} {...rest}>{children}</Tag>;
}
