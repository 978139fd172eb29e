import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ImportJobFieldsFragment, ImportJobQuery } from '../../graphql/generated/graphql';
import { invalidateNetworkData } from '../data/invalidate';
import { operationKey } from '../data/operation';
import { useOperation } from '../data/useOperation';
import { importJobQuery } from './operations';

const busy = new Set(['previewing', 'committing']);

/**
 * Follows a job while it runs (its progress for large files), until its preview or commit is done: the job as the
 * preview or commit mutation answered (`started`) goes into the cache, and the cache asks again every 300 ms while the
 * job is busy. Once a commit is done, every network-dependent answer is invalidated.
 */
export function useImportJob(started: ImportJobFieldsFragment | null): ImportJobFieldsFragment | null {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (started !== null) queryClient.setQueryData<ImportJobQuery>(operationKey(importJobQuery, { id: started.id }), { importJob: started });
  }, [started, queryClient]);
  const { state } = useOperation(importJobQuery, started === null ? null : { id: started.id }, {
    fresh: true,
    refetchInterval: (data) => (busy.has(data?.importJob?.status ?? '') ? 300 : false),
  });
  const job = state.status === 'ready' && !state.refreshing ? (state.data.importJob ?? started) : started;
  const committed = job?.status === 'committed' ? job.id : null;
  useEffect(() => {
    if (committed !== null) void invalidateNetworkData(queryClient, { origin: 'local', what: 'CommitImport' });
  }, [committed, queryClient]);
  return job;
}
