// The item a list page has open in its drawer, kept in the address (?open=id).
import { useSearchParams } from 'react-router-dom';

export function useOpened(): [number | null, () => void] {
  const [params, setParams] = useSearchParams();
  const open = params.get('open');
  const close = () => {
    const next = new URLSearchParams(params);
    next.delete('open');
    setParams(next);
  };
  return [open && /^\d+$/.test(open) ? Number(open) : null, close];
}
