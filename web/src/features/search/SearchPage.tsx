// Search results: every record and file the user may open, best first, the query's words marked.
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Empty, List, Space, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';

import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/States';
import { ToneTag } from '../../components/ToneTag';
import { useI18n } from '../../i18n';
import { searchQueries } from './api';
import { highlight } from './highlight';

function Marked({ text, query }: { text: string; query: string }) {
  return <>{highlight(text, query).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

export default function SearchPage() {
  const { t, name } = useI18n();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const search = useInfiniteQuery({ ...searchQueries.hits(q), enabled: q !== '' });
  const hits = search.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={q ? `${t('searchTitle')}: “${q}”` : t('searchTitle')} />
      <Typography.Text type="secondary">{q ? t('searchHint') : t('searchEmpty')}</Typography.Text>
      {q !== '' && <QueryState isPending={search.isPending} error={search.error} refetch={search.refetch} />}
      {search.data && (hits.length === 0 ? <Empty description={t('searchNone')} /> : (
        <List data-testid="search-results" dataSource={hits} renderItem={(h) => (
          <List.Item key={`${h.kind}-${h.id}`}>
            <List.Item.Meta
              title={
                <Space wrap size={[8, 4]}>
                  <ToneTag tone="neutral">{name('searchKind', h.kind)}</ToneTag>
                  <Link to={h.url} style={{ overflowWrap: 'anywhere' }}><Marked text={h.title} query={q} /></Link>
                  {h.unit && <Typography.Text type="secondary">{h.unit}</Typography.Text>}
                </Space>
              }
              description={h.snippet && <span style={{ overflowWrap: 'anywhere' }}><Marked text={h.snippet} query={q} /></span>} />
          </List.Item>
        )} />
      ))}
      {search.hasNextPage && <Button onClick={() => search.fetchNextPage()} loading={search.isFetchingNextPage}>{t('searchMore')}</Button>}
    </Space>
  );
}
