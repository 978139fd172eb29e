import { useCallback, useRef, useState } from 'react';

/**
 * What a view needs to bring a node or link picked in one of its tables to the middle of its graph: the
 * `centreOn` request for GraphCanvas, the function that asks, and a ref for the graph's area, which is scrolled
 * into sight where the table lies under the graph (a narrow screen).
 */
export function useCentreRequest() {
  const [centreOn, setCentreOn] = useState<{ id: string; request: number } | null>(null);
  const graphArea = useRef<HTMLDivElement>(null);
  const centre = useCallback((id: string) => {
    setCentreOn((current) => ({ id, request: (current?.request ?? 0) + 1 }));
    graphArea.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return { centreOn, centre, graphArea };
}
