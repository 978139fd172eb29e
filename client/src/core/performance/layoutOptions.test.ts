import { layoutOptionsFor } from './layoutOptions';
import { performanceThresholds } from './thresholds';

const { mainThreadLayoutMax, draftLayoutAbove } = performanceThresholds;

describe('layoutOptionsFor', () => {
  it('lays a small graph out at default quality with full iterations', () => {
    expect(layoutOptionsFor(150).options).toMatchObject({ name: 'fcose', quality: 'default', animate: false, numIter: 2500 });
  });

  it('takes fewer iterations just past the full-iteration limit, still at default quality', () => {
    expect(layoutOptionsFor(mainThreadLayoutMax).options.numIter).toBe(2500);
    expect(layoutOptionsFor(mainThreadLayoutMax + 1).options).toMatchObject({ quality: 'default', numIter: 1000 });
  });

  it('drops to draft quality with uniform node sizes for the largest graphs', () => {
    expect(layoutOptionsFor(draftLayoutAbove).options.quality).toBe('default');
    const large = layoutOptionsFor(10_000);
    expect(large.options).toMatchObject({ quality: 'draft', uniformNodeDimensions: true });
  });

  it('uses plain numbers only, so the options survive being posted to a worker', () => {
    const options = layoutOptionsFor(5_000).options;
    expect(structuredClone(options)).toEqual(options);
  });
});
