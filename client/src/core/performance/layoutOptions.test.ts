import { layoutOptionsFor } from './layoutOptions';
import { performanceThresholds } from './thresholds';

const { mainThreadLayoutMax, draftLayoutAbove } = performanceThresholds;

describe('layoutOptionsFor', () => {
  it('lays a small graph out on the page at default quality', () => {
    const choice = layoutOptionsFor(150);
    expect(choice.place).toBe('main');
    expect(choice.options).toMatchObject({ name: 'fcose', quality: 'default', animate: false, numIter: 2500 });
  });

  it('moves the layout to a worker just past the main-thread limit', () => {
    expect(layoutOptionsFor(mainThreadLayoutMax).place).toBe('main');
    expect(layoutOptionsFor(mainThreadLayoutMax + 1).place).toBe('worker');
    expect(layoutOptionsFor(mainThreadLayoutMax + 1).options.quality).toBe('default');
  });

  it('drops to draft quality with uniform node sizes for the largest graphs', () => {
    expect(layoutOptionsFor(draftLayoutAbove).options.quality).toBe('default');
    const large = layoutOptionsFor(10_000);
    expect(large.place).toBe('worker');
    expect(large.options).toMatchObject({ quality: 'draft', uniformNodeDimensions: true });
  });

  it('uses plain numbers only, so the options survive being posted to a worker', () => {
    const options = layoutOptionsFor(5_000).options;
    expect(structuredClone(options)).toEqual(options);
  });
});
