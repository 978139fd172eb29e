import type { QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { networkChangeEventName, parseNetworkChangeEvent, type NetworkChangeEvent } from '../../../../domain/networkChanges';
import { invalidateNetworkData } from './invalidate';

/** Changes that arrive this close together (an editor's quick edits, two editors at once) make one refetch. */
const coalesceMs = 250;
/** After the server refused or closed the stream for good (a 503, a proxy's error page), try again this late… */
const firstRetryMs = 5_000;
/** …doubling up to this. */
const lastRetryMs = 60_000;

export interface PushChannel {
  close(): void;
}

/**
 * Follows the server's push channel (GET /api/changes, server-sent events) and invalidates every network-dependent
 * answer when someone commits a change, so the views on screen ask again and keep their selection, filters and
 * positions. EventSource reconnects by itself after a dropped connection (a server restart); since changes may
 * have been missed meanwhile, each reconnection invalidates too. A stream the server ended for good is reopened
 * after a doubling delay.
 */
export function openPushChannel(queryClient: QueryClient, url = '/api/changes'): PushChannel {
  let source: EventSource | null = null;
  let pending: NetworkChangeEvent | null = null;
  let coalescing: ReturnType<typeof setTimeout> | undefined;
  let reopening: ReturnType<typeof setTimeout> | undefined;
  let retryMs = firstRetryMs;
  let opened = false;
  let closed = false;

  const announce = (event: NetworkChangeEvent) => {
    pending = event;
    coalescing ??= setTimeout(() => {
      coalescing = undefined;
      const change = pending;
      pending = null;
      if (change !== null) void invalidateNetworkData(queryClient, { origin: 'remote', by: change.by, what: change.via, touched: change.touched, records: change.records });
    }, coalesceMs);
  };

  const open = () => {
    const stream = new EventSource(url);
    source = stream;
    stream.addEventListener('open', () => {
      retryMs = firstRetryMs;
      // A reconnection: whatever changed while the stream was down was not told.
      if (opened) void invalidateNetworkData(queryClient, null);
      opened = true;
    });
    stream.addEventListener(networkChangeEventName, (message: MessageEvent<string>) => {
      const change = parseNetworkChangeEvent(message.data);
      if (change !== null) announce(change);
    });
    stream.addEventListener('error', () => {
      if (stream.readyState !== EventSource.CLOSED || closed) return;
      reopening = setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, lastRetryMs);
    });
  };
  open();

  return {
    close() {
      closed = true;
      clearTimeout(coalescing);
      clearTimeout(reopening);
      source?.close();
    },
  };
}

/**
 * Keeps one push channel open while the app is shown; `who` (the signed-in user, or null) reopens it when it changes,
 * since what the server lets a subscriber read depends on who they are.
 */
export function usePushChannel(who: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const channel = openPushChannel(queryClient);
    return () => {
      channel.close();
    };
  }, [queryClient, who]);
}
