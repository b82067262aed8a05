import { useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../api/client.ts';
import { Empty, ErrorState, Loading } from './states.tsx';
import { TouchpointItem } from './TouchpointItem.tsx';

type Source =
  | { route: 'candidateTimeline'; id: string }
  | { route: 'clientTimeline'; id: string }
  | { route: 'recentTouchpoints'; id?: undefined };

type Props = Source & {
  pageSize?: number;
  showSubject?: boolean;
  showCandidate?: boolean;
  canVoid?: boolean;
  emptyText?: string;
};

function fetchPage(source: Source, limit: number, before: number | undefined) {
  const query = { limit, before };
  if (source.route === 'recentTouchpoints') return call('recentTouchpoints', { query });
  return call(source.route, { params: { id: source.id }, query });
}

/** Every touchpoint, newest first, by everyone; older ones load on request (the server pages by `nextBefore`). */
export function Timeline({
  pageSize = 50,
  showSubject,
  showCandidate,
  canVoid,
  emptyText,
  ...source
}: Props) {
  const query = useInfiniteQuery({
    // Same first two parts as the plain reads, so a write invalidates timelines and infinite timelines alike.
    queryKey: ['api', source.route, { params: source.id, limit: pageSize }, 'infinite'],
    queryFn: ({ pageParam }) => fetchPage(source as Source, pageSize, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  if (query.isPending) return <Loading label="Loading activity…" />;
  if (query.error) return <ErrorState error={query.error} retry={() => query.refetch()} />;
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <Empty>{emptyText ?? 'No activity yet.'}</Empty>;
  return (
    <>
      <ol className="timeline">
        {items.map((item) => (
          <TouchpointItem
            key={item.id}
            item={item}
            showSubject={showSubject}
            showCandidate={showCandidate}
            canVoid={canVoid}
          />
        ))}
      </ol>
      {query.hasNextPage ? (
        <button
          type="button"
          className="btn btn-block"
          onClick={() => query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage ? 'Loading…' : 'Load older'}
        </button>
      ) : null}
    </>
  );
}
