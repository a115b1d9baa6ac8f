// The search box at the top of every page: Enter opens the results of what was typed.
import { Input } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';

import { useI18n } from '../../i18n';
import { paths } from '../../paths';

export function SearchBox() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const onResults = location.pathname === paths.search;
  return (
    <Input.Search key={onResults ? `search-${location.search}` : 'other'} allowClear
      style={{ flex: '1 1 auto', minWidth: 0, maxWidth: 420 }}
      placeholder={t('searchPlaceholder')} aria-label={t('searchPlaceholder')} data-testid="search-box"
      defaultValue={onResults ? new URLSearchParams(location.search).get('q') ?? '' : ''}
      onSearch={(q) => q.trim() && navigate(`${paths.search}?q=${encodeURIComponent(q.trim())}`)} />
  );
}
