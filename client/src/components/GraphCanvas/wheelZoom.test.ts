import { wheelZoomFactor } from './wheelZoom';

describe('the wheel zoom rate', () => {
  it('zooms about 15 % for one mouse notch, in for up and out for down by the same step', () => {
    const zoomIn = wheelZoomFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false });
    expect(zoomIn).toBeGreaterThan(1.1);
    expect(zoomIn).toBeLessThan(1.2);
    expect(wheelZoomFactor({ deltaY: 100, deltaMode: 0, ctrlKey: false }) * zoomIn).toBeCloseTo(1, 10);
  });

  it('zooms by the distance scrolled, so many small trackpad deltas add up to one notch', () => {
    const small = wheelZoomFactor({ deltaY: -4, deltaMode: 0, ctrlKey: false });
    expect(small ** 25).toBeCloseTo(wheelZoomFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false }), 10);
  });

  it('reads line deltas (Firefox) as lines and counts a pinch ten times', () => {
    expect(wheelZoomFactor({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(wheelZoomFactor({ deltaY: -75, deltaMode: 0, ctrlKey: false }), 10);
    expect(wheelZoomFactor({ deltaY: -10, deltaMode: 0, ctrlKey: true })).toBeCloseTo(wheelZoomFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false }), 10);
  });
});
