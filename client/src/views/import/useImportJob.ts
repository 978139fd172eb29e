import { useEffect, useState } from 'react';
import type { ImportJobFieldsFragment } from '../../graphql/generated/graphql';
import { request } from '../../graphql/request';
import { importJobQuery } from './operations';

const busy = new Set(['previewing', 'committing']);

/** Follows a job while it runs (its progress for large files), until its preview or commit is done. */
export function useImportJob(started: ImportJobFieldsFragment | null): ImportJobFieldsFragment | null {
  const [job, setJob] = useState<ImportJobFieldsFragment | null>(started);
  const [seen, setSeen] = useState(started);
  if (started !== seen) {
    setSeen(started);
    setJob(started);
  }
  const id = job?.id ?? null;
  const running = job !== null && busy.has(job.status);
  useEffect(() => {
    if (id === null || !running) return undefined;
    const timer = setInterval(() => {
      request(importJobQuery, { id })
        .then(({ importJob }) => {
          if (importJob !== null) setJob(importJob);
        })
        .catch(() => undefined);
    }, 300);
    return () => clearInterval(timer);
  }, [id, running]);
  return job;
}
