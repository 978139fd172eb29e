import { checkScene, sceneCapMessage } from './sceneCap';
import { sceneCap } from './thresholds';

describe('checkScene', () => {
  it('draws a scene at the cap', () => {
    expect(checkScene(sceneCap.nodes, sceneCap.edges)).toEqual({ status: 'ok' });
  });

  it('refuses a scene with one node or one link too many, saying by how much', () => {
    expect(checkScene(sceneCap.nodes + 1, 10)).toEqual({ status: 'overCap', nodes: sceneCap.nodes + 1, edges: 10, maxNodes: sceneCap.nodes, maxEdges: sceneCap.edges });
    expect(checkScene(10, sceneCap.edges + 1).status).toBe('overCap');
  });

  it('takes another cap for a view that draws heavier elements', () => {
    expect(checkScene(600, 100, { nodes: 500, edges: 1_000 }).status).toBe('overCap');
  });
});

describe('sceneCapMessage', () => {
  const over = { status: 'overCap' as const, nodes: 20_007, edges: 100_000, maxNodes: 12_000, maxEdges: 60_000 };

  it('asks in Swedish for narrower filters, with the counts written the Swedish way', () => {
    const message = sceneCapMessage(over, 'sv');
    expect(message).toContain('Begränsa urvalet med filtren');
    expect(message).toContain('20\u00a0007 noder');
    expect(message).toContain('högst 12\u00a0000 noder');
  });

  it('asks in English to refine the filters', () => {
    const message = sceneCapMessage(over, 'en');
    expect(message).toContain('Refine your filters');
    expect(message).toContain('20,007 nodes and 100,000 links');
  });
});
