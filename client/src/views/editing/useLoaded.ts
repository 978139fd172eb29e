import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../../graphql/generated/graphql';
import { GraphQLRequestError, request } from '../../graphql/request';

export type Loaded<Data> = { status: 'loading' } | { status: 'error'; code: string; message: string } | { status: 'ready'; data: Data };

/** Loads one query afresh whenever its variables or `reloadKey` change (edit forms must never show a cached version). */
export function useLoaded<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables, reloadKey: number): Loaded<Result> {
  const key = `${JSON.stringify(variables)}#${String(reloadKey)}`;
  const [answer, setAnswer] = useState<{ key: string; state: Loaded<Result> } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const asked = JSON.parse(key.slice(0, key.lastIndexOf('#'))) as Variables;
    request(document, asked, controller.signal)
      .then((data) => setAnswer({ key, state: { status: 'ready', data } }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setAnswer({
          key,
          state: {
            status: 'error',
            code: error instanceof GraphQLRequestError ? error.code : 'NETWORK_ERROR',
            message: error instanceof Error ? error.message : String(error),
          },
        });
      });
    return () => controller.abort();
  }, [document, key]);
  return answer?.key === key ? answer.state : { status: 'loading' };
}
