import countiesUrl from '../../../../seed/data/geo/counties.geojson?url';
import { project } from './geographic';

type Ring = [number, number][];

interface CountyFeature {
  properties: { code?: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

export interface CountyOutline {
  code: string;
  /** An SVG path in the geographic layout's coordinates. */
  path: string;
}

function ringPath(ring: Ring): string {
  return `${ring
    .map(([longitude, latitude], position) => {
      const point = project(latitude, longitude);
      return `${position === 0 ? 'M' : 'L'}${point.x.toFixed(1)} ${point.y.toFixed(1)}`;
    })
    .join('')}Z`;
}

function isFeatureList(value: unknown): value is { features: CountyFeature[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { features?: unknown }).features);
}

let loading: Promise<CountyOutline[]> | null = null;

/** The plain county outline that ships with the app (no map tiles): fetched once, when the map is first shown. */
export function loadCountyOutlines(): Promise<CountyOutline[]> {
  loading ??= fetch(countiesUrl)
    .then((response) => response.json() as Promise<unknown>)
    .then((data) => {
      if (!isFeatureList(data)) throw new Error('The county outline is not a GeoJSON feature collection');
      return data.features.map((feature) => {
        const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
        return { code: feature.properties.code ?? '', path: polygons.flatMap((rings) => rings.map(ringPath)).join('') };
      });
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
