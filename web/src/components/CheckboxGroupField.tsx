// A group of check boxes as a form field, announced as a labelled group. Form.Item marks its
// control aria-required, which ARIA allows on no group of check boxes (axe-core: critical); the
// required mark stays in the visible label and the rule's message says what is missing.
import { Checkbox } from 'antd';
import type { ComponentProps } from 'react';

type Props = ComponentProps<typeof Checkbox.Group> & { 'aria-required'?: unknown; label: string };

export function CheckboxGroupField({ 'aria-required': _required, label, ...props }: Props) {
  return <Checkbox.Group role="group" aria-label={label} {...props} />;
}
