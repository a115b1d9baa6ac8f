// A link that looks like a button: a real <a href> (new tab, keyboard), followed inside the app.
import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';

export function LinkButton({ to, ...props }: Omit<ButtonProps, 'href' | 'onClick'> & { to: string; 'data-testid'?: string }) {
  const navigate = useNavigate();
  const follow = (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(to);
  };
  return <Button {...props} href={to} onClick={follow} />;
}
