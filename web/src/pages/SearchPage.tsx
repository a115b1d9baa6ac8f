// Search results: every record and file the user may open, best first, the query's words marked.
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';

import { api, type SearchHit } from '../api';
import { QueryState } from '../components/States';
import { useI18n } from '../i18n';
import { highlight } from '../search';

function Marked({ text, query }: { text: string; query: string }) {
  return <>{highlight(text, query).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

export default function SearchPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const query = useInfiniteQuery({
    queryKey: ['search', q],
    enabled: q.trim() !== '',
    initialPageParam: '',
    queryFn: ({ pageParam }) => api<{ items: SearchHit[]; next: string | null }>('GET',
      `/api/v1/search?q=${encodeURIComponent(q)}${pageParam ? `&cursor=${pageParam}` : ''}`),
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const hits = query.data?.pages.flatMap((p) => p.items) ?? [];
  const kind = (k: string) => t(`kind_${k}` as Parameters<typeof t>[0]) ?? k;

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('searchTitle')}: “{q}”</Typography.Title>
      <Typography.Text type="secondary">{t('searchHint')}</Typography.Text>
      {q.trim() !== '' && <QueryState isPending={query.isPending} error={query.error} refetch={query.refetch} />}
      {query.data && (hits.length === 0 ? <Empty description={t('searchNone')} /> : (
        <List data-testid="search-results" dataSource={hits} renderItem={(h) => (
          <List.Item key={`${h.kind}-${h.id}`}>
            <List.Item.Meta
              title={<Space><Tag>{kind(h.kind)}</Tag><Link to={h.url}><Marked text={h.title} query={q} /></Link>{h.unit && <Typography.Text type="secondary">{h.unit}</Typography.Text>}</Space>}
              description={h.snippet && <Marked text={h.snippet} query={q} />} />
          </List.Item>
        )} />
      ))}
      {query.hasNextPage && <Button onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>{t('searchMore')}</Button>}
    </Space>
  );
}
