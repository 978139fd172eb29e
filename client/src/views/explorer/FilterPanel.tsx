import type { Evidence, NodeKind } from '../../graphql/generated/graphql';
import { isFiltering, noFilters, type FilterState } from '../../core/filters/filters';
import { kindStyle } from '../../core/graph/kindStyle';
import { bodyTypeName } from '../../core/graph/names';
import { propertyOf, type NetworkIndex } from '../../core/graph/networkIndex';
import { evidenceNames, kindNames } from '../../core/i18n/vocabulary';
import { useMessages } from '../../core/i18n/useLanguage';
import { ShapeGlyph } from '../../components/Legend/ShapeGlyph';
import { explorerMessages } from './messages';

export interface FilterPanelProps {
  index: NetworkIndex | null;
  filters: FilterState;
  onChange: (filters: FilterState) => void;
}

function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((entry) => entry !== value) : [...values, value];
}

function countBy<T extends string>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Filters by kind, county, goal area, evidence and body type; each choice with how many nodes have it. */
export function FilterPanel({ index, filters, onChange }: FilterPanelProps) {
  const { language, t } = useMessages(explorerMessages);
  const nodes = index?.network.nodes ?? [];
  const kindCounts = countBy(nodes.map((node) => node.kind));
  const evidenceCounts = countBy(nodes.map((node) => node.provenance.evidence));
  const bodyTypeCounts = countBy(nodes.flatMap((node) => (node.kind === 'Body' ? [propertyOf(node, 'bodyType') ?? ''] : [])));
  const counties = nodes.filter((node) => node.kind === 'County').sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const goals = nodes.filter((node) => node.kind === 'GoalArea');
  const inCounty = (county: string) => [...(index?.counties ?? [])].filter(([, set]) => set.has(county)).length;
  const withGoal = (goal: string) => [...(index?.goalAreas ?? [])].filter(([, set]) => set.has(goal)).length;

  return (
    <aside className="filters" aria-label={t('filters')} data-testid="filters">
      <header>
        <h2>{t('filters')}</h2>
        <button type="button" disabled={!isFiltering(filters)} onClick={() => onChange(noFilters)} data-testid="filters-reset">
          {t('resetFilters')}
        </button>
      </header>
      <fieldset>
        <legend>{t('filterKinds')}</legend>
        {(Object.keys(kindStyle) as NodeKind[])
          .filter((kind) => kindCounts.has(kind))
          .map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                data-testid={`filter-kind-${kind}`}
                checked={!filters.hiddenKinds.includes(kind)}
                onChange={() => onChange({ ...filters, hiddenKinds: toggle(filters.hiddenKinds, kind) })}
              />
              <ShapeGlyph shape={kindStyle[kind].shape} color={kindStyle[kind].color} wide={kind === 'Body'} />
              {kindNames[kind][language]} <span className="count">{kindCounts.get(kind)}</span>
            </label>
          ))}
      </fieldset>
      <fieldset>
        <legend>{t('filterEvidence')}</legend>
        {(Object.keys(evidenceNames) as Evidence[]).map((level) => (
          <label key={level}>
            <input
              type="checkbox"
              data-testid={`filter-evidence-${level}`}
              checked={!filters.hiddenEvidence.includes(level)}
              onChange={() => onChange({ ...filters, hiddenEvidence: toggle(filters.hiddenEvidence, level) })}
            />
            {evidenceNames[level][language]} <span className="count">{evidenceCounts.get(level) ?? 0}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filterGoals')}</legend>
        {goals.map((goal) => (
          <label key={goal.id}>
            <input
              type="checkbox"
              data-testid={`filter-goal-${goal.id}`}
              checked={filters.goalAreas.includes(goal.id)}
              onChange={() => onChange({ ...filters, goalAreas: toggle(filters.goalAreas, goal.id) })}
            />
            {goal.name} <span className="count">{withGoal(goal.id)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filterBodyTypes')}</legend>
        {[...bodyTypeCounts.keys()].sort().map((bodyType) => (
          <label key={bodyType}>
            <input
              type="checkbox"
              data-testid={`filter-body-type-${bodyType}`}
              checked={filters.bodyTypes.includes(bodyType)}
              onChange={() => onChange({ ...filters, bodyTypes: toggle(filters.bodyTypes, bodyType) })}
            />
            {bodyTypeName(bodyType, language)} <span className="count">{bodyTypeCounts.get(bodyType)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="counties">
        <legend>{t('filterCounties')}</legend>
        <p className="hint">{t('filterCountiesHint')}</p>
        {counties.map((county) => (
          <label key={county.id}>
            <input
              type="checkbox"
              data-testid={`filter-county-${county.id}`}
              checked={filters.counties.includes(county.id)}
              onChange={() => onChange({ ...filters, counties: toggle(filters.counties, county.id) })}
            />
            {county.name} <span className="count">{inCounty(county.id)}</span>
          </label>
        ))}
      </fieldset>
    </aside>
  );
}
