import type { Database } from '../../server/src/db/database';
import type { QueryName } from '../../server/src/db/queries';
import { fetchNeighbourhood } from '../../server/src/explore/neighbourhoodRepository';
import { fetchGapInput } from '../../server/src/gaps/gapInput';
import { analyseGaps, gapReport } from '../../server/src/gaps/gapReport';
import { fetchNetwork, fetchNode } from '../../server/src/network/networkRepository';
import { fetchCooperation } from '../../server/src/cooperation/cooperationRepository';
import { analyseSilos } from '../../server/src/silos/siloAnalysis';
import { siloReport } from '../../server/src/silos/siloReport';
import { indexCooperation } from '../../domain/cooperation/cooperationState';

/** A GraphQL operation of the app and the one Cypher statement its resolver runs, with the same inputs. */
export interface PairedOperation {
  name: string;
  document: string;
  variables(centre: string, asOf: string): Record<string, unknown>;
  statement: QueryName;
  parameters(centre: string, asOf: string): Record<string, unknown>;
  /** Whether the resolver does more than read and map (an analysis), so the ratio measures that work too. */
  analysis: boolean;
  /** What the resolver calls, without GraphQL: splits the overhead into mapping and GraphQL execution. */
  resolve(database: Database, centre: string, asOf: string): Promise<unknown>;
}

const sourced = `validFrom validTo provenance { evidence sourceId locator note } properties { key value }`;
const ref = `id kind name`;

export const pairedOperations: PairedOperation[] = [
  {
    name: 'network',
    document: `query Network($asOf: Date) { network(asOf: $asOf) { asOf nodes { id kind name ${sourced} } edges { id type source target ${sourced} } } }`,
    variables: (_centre, asOf) => ({ asOf }),
    statement: 'network/network-as-of',
    parameters: (_centre, asOf) => ({ asOf, kinds: null }),
    analysis: false,
    resolve: (database, _centre, asOf) => fetchNetwork(database, { asOf, kinds: null }),
  },
  {
    name: 'network, lean selection',
    document: `query NetworkLean($asOf: Date) { network(asOf: $asOf) { asOf nodes { id kind name validFrom validTo provenance { evidence } } edges { id type source target validFrom validTo provenance { evidence } } } }`,
    variables: (_centre, asOf) => ({ asOf }),
    statement: 'network/network-as-of',
    parameters: (_centre, asOf) => ({ asOf, kinds: null }),
    analysis: false,
    resolve: (database, _centre, asOf) => fetchNetwork(database, { asOf, kinds: null }),
  },
  {
    name: 'node',
    document: `query Node($id: ID!) { node(id: $id) { id kind name ${sourced} } }`,
    variables: (centre) => ({ id: centre }),
    statement: 'network/node-by-id',
    parameters: (centre) => ({ id: centre }),
    analysis: false,
    resolve: (database, centre) => fetchNode(database, centre),
  },
  {
    name: 'neighbourhood',
    document: `query Neighbourhood($id: ID!, $asOf: Date) { neighbourhood(id: $id, asOf: $asOf) { asOf centreValidAtDate centre { id kind name ${sourced} }
      links { direction edge { id type source target ${sourced} } neighbour { id kind name ${sourced} } } } }`,
    variables: (centre, asOf) => ({ id: centre, asOf }),
    statement: 'explore/neighbourhood',
    parameters: (centre, asOf) => ({ id: centre, asOf, types: null }),
    analysis: false,
    resolve: (database, centre, asOf) => fetchNeighbourhood(database, { id: centre, asOf, types: null }),
  },
  {
    name: 'gaps',
    document: `query Gaps($asOf: Date) { gaps(asOf: $asOf) { asOf counts { linked indirect missing total }
      pairs { id status municipality { ${ref} } partner { ${ref} } target { ${ref} } rule { id goalArea { ${ref} } }
        viaBodies { ${ref} } suggestions { rank kind body { ${ref} } partiesToAdd { actor { ${ref} } admitted } } }
      byMunicipality { about { ${ref} } counts { missing total } } byCounty { about { ${ref} } counts { missing total } } } }`,
    variables: (_centre, asOf) => ({ asOf }),
    statement: 'gaps/gap-input-as-of',
    parameters: (_centre, asOf) => ({ asOf }),
    analysis: true,
    resolve: async (database, _centre, asOf) => gapReport(analyseGaps(await fetchGapInput(database, asOf)), {}),
  },
  {
    name: 'silos',
    document: `query Silos($asOf: Date) { silos(asOf: $asOf) { asOf counts { actors oneAgencyAtATime stovepipe twoPartyBody }
      actors { actor { ${ref} } partners bilateralOnlyPartners bilateralOnlyShare partnerDensity effectiveSize constraint flags }
      bodies { body { ${ref} } bodyType flags } } }`,
    variables: (_centre, asOf) => ({ asOf }),
    statement: 'cooperation/cooperation-as-of',
    parameters: (_centre, asOf) => ({ asOf }),
    analysis: true,
    resolve: async (database, _centre, asOf) => {
      const cooperation = await fetchCooperation(database, asOf);
      return siloReport(indexCooperation(cooperation), analyseSilos(cooperation), {});
    },
  },
];
