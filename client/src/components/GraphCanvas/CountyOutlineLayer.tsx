import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { loadCountyOutlines, type CountyOutline } from '../../core/layout/countyOutline';
import { listen } from './listeners';

/** The county outline under the graph, moved and zoomed with it (the geographic layout uses the same projection). */
export function CountyOutlineLayer({ cy }: { cy: Core }) {
  const [outlines, setOutlines] = useState<CountyOutline[]>([]);
  const group = useRef<SVGGElement>(null);

  useEffect(() => {
    let current = true;
    loadCountyOutlines()
      .then((loaded) => {
        if (current) setOutlines(loaded);
      })
      .catch(() => {
        // The outline is a backdrop only: without it the map still reads from the positions.
      });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    const follow = () => {
      const { x, y } = cy.pan();
      group.current?.setAttribute('transform', `translate(${x} ${y}) scale(${cy.zoom()})`);
    };
    follow();
    return listen(cy, [['viewport resize', null, follow]]);
  }, [cy, outlines]);

  return (
    <svg className="county-outline" data-testid="county-outline" data-counties={outlines.length} aria-hidden="true">
      <g ref={group}>
        {outlines.map((outline) => (
          <path key={outline.code} d={outline.path} />
        ))}
      </g>
    </svg>
  );
}
