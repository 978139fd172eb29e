/* global window, performance, PerformanceObserver */
// Injected into the app's page before its own scripts (Playwright's addInitScript): notes when the network
// answer has arrived, every layout the graph runs (timed from its run() call), the first frame drawn after a layout, and every long task.
// Plain JavaScript, read as text, so nothing a bundler adds can break it in the page.
(() => {
  const state = { marks: {}, layouts: [], longTasks: [] };
  window.benchProbe = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await originalFetch(input, init);
    if (typeof init?.body === 'string' && init.body.includes('query Network')) {
      await response.clone().arrayBuffer();
      state.marks.dataArrived = performance.now();
    }
    return response;
  };
  // The explorer publishes its graph instance as window.samverkanGraph; catch it as it is set.
  let graph;
  Object.defineProperty(window, 'samverkanGraph', {
    configurable: true,
    get: () => graph,
    set: (cy) => {
      graph = cy;
      if (cy === undefined) return;
      // fcose emits 'layoutstart' only once its positions are computed, so the layout is timed from run().
      const makeLayout = cy.makeLayout.bind(cy);
      cy.makeLayout = (options) => {
        const layout = makeLayout(options);
        const run = layout.run.bind(layout);
        layout.run = () => {
          const entry = { name: options?.name, start: performance.now() };
          state.layouts.push(entry);
          layout.one('layoutstop', () => {
            entry.stop = performance.now();
            cy.one('render', () => {
              state.marks.renderedAfterLayout = performance.now();
            });
          });
          return run();
        };
        return layout;
      };
    },
  });
})();
