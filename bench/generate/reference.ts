import { readCsvFile } from '../../domain/csvFiles';
import { seedDataDirectory } from '../../server/src/dataset/readSeed';

/** Real names and codes the synthetic network is built around, read from the seed's reference files. */
export interface Place {
  id: string;
  name: string;
  code: string;
  countyId: string;
  latitude?: string;
  longitude?: string;
}

export interface AgencyReference {
  id: string;
  name: string;
  nameEn?: string;
  validFrom?: string;
  validTo?: string;
}

export interface Reference {
  counties: Place[];
  countyCouncils: Place[];
  countyAdministrativeBoards: Place[];
  municipalities: Place[];
  agencies: AgencyReference[];
}

function cell(cells: Record<string, string>, key: string): string {
  const value = cells[key];
  if (value === undefined || value === '') throw new Error(`Seed reference row lacks ${key}`);
  return value;
}

function optionalCell(cells: Record<string, string>, key: string): string | undefined {
  const value = cells[key];
  return value === undefined || value === '' ? undefined : value;
}

function places(file: string, countyCode: (code: string) => string): Place[] {
  return readCsvFile(seedDataDirectory, file).map(({ cells }) => {
    const code = cell(cells, 'code');
    const latitude = optionalCell(cells, 'latitude');
    const longitude = optionalCell(cells, 'longitude');
    return {
      id: cell(cells, 'id'),
      name: cell(cells, 'name'),
      code,
      countyId: `county-${countyCode(code)}`,
      ...(latitude === undefined ? {} : { latitude }),
      ...(longitude === undefined ? {} : { longitude }),
    };
  });
}

export function readReference(): Reference {
  const sameCode = (code: string) => code;
  const agencies = readCsvFile(seedDataDirectory, 'nodes/agencies.csv')
    .filter(({ cells }) => cells['kind'] === 'Agency')
    .map(({ cells }) => {
      const optional = Object.fromEntries(
        (['nameEn', 'validFrom', 'validTo'] as const).flatMap((key) => {
          const value = optionalCell(cells, key);
          return value === undefined ? [] : [[key, value]];
        }),
      );
      return { id: cell(cells, 'id'), name: cell(cells, 'name'), ...optional };
    });
  return {
    counties: places('nodes/counties.csv', sameCode),
    countyCouncils: places('nodes/county-councils.csv', sameCode),
    countyAdministrativeBoards: places('nodes/county-admin-boards.csv', sameCode),
    municipalities: places('nodes/municipalities.csv', (code) => code.slice(0, 2)),
    agencies,
  };
}
