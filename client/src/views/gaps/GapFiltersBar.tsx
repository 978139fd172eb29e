import type { GapFilters, Option } from '../../core/gaps/gapFilters';
import { statusOrder } from '../../core/gaps/gapFilters';
import { localName } from '../../core/i18n/localName';
import { useMessages } from '../../core/i18n/useLanguage';
import type { PairStatus } from '../../graphql/generated/graphql';
import { gapMessages } from './messages';

export interface GapFiltersBarProps {
  filters: GapFilters;
  options: { counties: Option[]; goalAreas: Option[]; agencies: Option[] };
  onChange: (filters: GapFilters) => void;
}

function Choice({ label, value, options, testId, onChange, all }: { label: string; value: string; options: Option[]; testId: string; onChange: (value: string) => void; all: string }) {
  const { language } = useMessages(gapMessages);
  return (
    <label>
      {label}{' '}
      <select value={value} data-testid={testId} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {localName(option, language)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Status, county, goal area and agency: the ways a coordinator lists gaps. */
export function GapFiltersBar({ filters, options, onChange }: GapFiltersBarProps) {
  const { t } = useMessages(gapMessages);
  const statuses: Option[] = statusOrder.map((status) => ({ id: status, name: t(status) }));
  return (
    <div className="gap-filters">
      <Choice
        label={t('statusFilter')}
        value={filters.status === 'all' ? '' : filters.status}
        options={statuses}
        testId="gap-status-filter"
        all={t('all')}
        onChange={(value) => onChange({ ...filters, status: value === '' ? 'all' : (value as PairStatus) })}
      />
      <Choice label={t('countyFilter')} value={filters.countyId} options={options.counties} testId="gap-county-filter" all={t('all')} onChange={(countyId) => onChange({ ...filters, countyId })} />
      <Choice label={t('goalAreaFilter')} value={filters.goalAreaId} options={options.goalAreas} testId="gap-goal-filter" all={t('all')} onChange={(goalAreaId) => onChange({ ...filters, goalAreaId })} />
      <Choice label={t('agencyFilter')} value={filters.agencyId} options={options.agencies} testId="gap-agency-filter" all={t('all')} onChange={(agencyId) => onChange({ ...filters, agencyId })} />
    </div>
  );
}
