// A page's title (its one h1) and its actions, wrapping on narrow screens.
import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageHeader({ title, extra, testId }: { title: ReactNode; extra?: ReactNode; testId?: string }) {
  return (
    <div className="page-header">
      <Typography.Title level={1} data-testid={testId}>{title}</Typography.Title>
      {extra}
    </div>
  );
}
