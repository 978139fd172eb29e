/// <reference lib="webworker" />
import { forceLayout } from '../layout/forceLayout';
import type { LayoutReply, LayoutRequest } from './layoutWorkerProtocol';

/** Runs the force layout off the page's main thread and posts back the positions. */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const started = performance.now();
  try {
    const positions = forceLayout(event.data.graph, event.data.options);
    const reply: LayoutReply = { ok: true, positions, layoutMs: performance.now() - started };
    self.postMessage(reply);
  } catch (error) {
    const reply: LayoutReply = { ok: false, message: error instanceof Error ? error.message : String(error) };
    self.postMessage(reply);
  }
};
