import { useApi } from '../api/hooks.ts';

/** Staff and branches as select options, for owner and branch filters. Cached: they rarely change. */
export function useStaffOptions() {
  const users = useApi('listUsers', { query: {} }, { staleTime: 5 * 60_000 });
  const branches = useApi('listBranches', {}, { staleTime: 5 * 60_000 });
  return {
    owners: (users.data?.items ?? []).map((u) => ({
      value: u.id,
      label: u.active ? u.name : `${u.name} (inactive)`,
    })),
    branches: (branches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name })),
  };
}
