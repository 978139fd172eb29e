import { Router, type Request, type Response } from 'express';
import { networkChangeEventName, type NetworkChangeEvent } from '../../../domain/networkChanges';
import { sendError } from '../auth/httpAnswers';
import type { RequestAuth } from '../auth/requestAuth';
import { AppError } from '../db/errors';
import { pushLimits } from '../security/limits';
import { networkChanges, type ChangeFeed } from './changeFeed';

function refusal(auth: RequestAuth | undefined): AppError | null {
  if (auth?.lookupError) return auth.lookupError;
  if (auth?.readingRequiresSignIn === true && auth.user === null) return new AppError('UNAUTHENTICATED', 'Not allowed: sign in to read the network.');
  return null;
}

function frame(event: NetworkChangeEvent): string {
  return `id: ${event.id}\nevent: ${networkChangeEventName}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** Streams the feed to one subscriber; `open` maps each open stream to what ends it. */
function stream(response: Response, feed: ChangeFeed, open: Map<Response, () => void>): void {
  response.status(200);
  response.set({ 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' });
  response.flushHeaders();
  response.write(`retry: ${String(pushLimits.reconnectMs)}\n: connected\n\n`);
  const unsubscribe = feed.subscribe((event) => response.write(frame(event)));
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), pushLimits.heartbeatMs);
  const finish = () => {
    clearInterval(heartbeat);
    unsubscribe();
    open.delete(response);
  };
  open.set(response, () => {
    finish();
    response.end();
  });
  // The subscriber went away (closed the page, lost the connection).
  response.on('close', finish);
}

/**
 * GET /api/changes: the push channel, server-sent events, one `change` event per committed change to the network
 * (who made it, how, and what kinds of data it touched). Read like the network itself: anyone, or only the
 * signed-in when reading requires sign-in. The event ids are audit record ids; a browser that reconnects asks
 * its views again instead of replaying what it missed.
 */
export interface ChangeStreams {
  router: Router;
  /** Ends every open stream, so the HTTP server can close (browsers reconnect to whichever server comes next). */
  close(): void;
}

export function changeRoutes(authOf: (request: Request) => RequestAuth | undefined, feed: ChangeFeed = networkChanges): ChangeStreams {
  const router = Router();
  const open = new Map<Response, () => void>();
  router.get('/api/changes', (request, response) => {
    const refused = refusal(authOf(request));
    if (refused !== null) {
      sendError(response, refused);
      return;
    }
    if (feed.subscribers >= pushLimits.maxSubscribers) {
      response.set('retry-after', '30');
      response.status(503).json({ errors: [{ message: 'Too many readers follow the changes right now; try again in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      return;
    }
    stream(response, feed, open);
  });
  return {
    router,
    close() {
      for (const end of [...open.values()]) end();
    },
  };
}
