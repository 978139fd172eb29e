import { forwardRef, useId, useState, type KeyboardEvent } from 'react';
import { kindStyle } from '../../core/graph/kindStyle';
import { kindNames } from '../../core/i18n/vocabulary';
import { useMessages } from '../../core/i18n/useLanguage';
import { useSearch, type SearchGroups } from '../../core/search/useSearch';
import { ShapeGlyph } from '../Legend/ShapeGlyph';
import { componentMessages } from '../messages';

export type SearchHit = SearchGroups[number]['hits'][number];

export interface SearchBoxProps {
  asOf: string | null;
  onPick: (hit: SearchHit) => void;
  /** Where there is more than one search box: its own name and test id. */
  label?: string;
  testId?: string;
}

/** Search as you type, results grouped by kind; a combobox that works with arrows, Enter and Escape. */
export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox({ asOf, onPick, label, testId = 'search-input' }, inputRef) {
  const { language, t } = useMessages(componentMessages);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const state = useSearch(text, asOf);
  const groups = state.status === 'ready' ? state.groups : state.status === 'searching' ? state.previous : [];
  const hits = groups.flatMap((group) => group.hits);
  const shown = open && state.status !== 'idle';
  const activeHit = hits[Math.min(active, hits.length - 1)];
  const optionId = (hit: SearchHit) => `${listId}-${hit.node.id}`;

  const pick = (hit: SearchHit) => {
    onPick(hit);
    setOpen(false);
    setText(hit.node.name);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0) setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter' && shown && activeHit !== undefined) {
      event.preventDefault();
      pick(activeHit);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else setText('');
    }
  };

  let index = -1;
  return (
    <div className="search-box">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={label ?? t('searchLabel')}
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && activeHit !== undefined ? optionId(activeHit) : undefined}
        placeholder={t('searchPlaceholder')}
        data-testid={testId}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {shown ? (
        <div className="search-results" id={listId} role="listbox" data-testid="search-results" aria-busy={state.status === 'searching'}>
          {state.status === 'searching' && hits.length === 0 ? <p className="muted">{t('searching')}</p> : null}
          {state.status === 'error' ? <p role="alert">{t('searchFailed')}</p> : null}
          {state.status === 'ready' && hits.length === 0 ? (
            <p className="muted">
              {t('noMatches')} “{state.text}”
            </p>
          ) : null}
          {groups.map((group) => (
            <div key={group.kind} role="group" aria-label={kindNames[group.kind][language]} data-testid={`search-group-${group.kind}`}>
              <p className="search-group-title" aria-hidden="true">
                {kindNames[group.kind][language]}
                {group.total > group.hits.length ? ` (${group.hits.length} / ${group.total})` : ''}
              </p>
              {group.hits.map((hit) => {
                index += 1;
                const position = index;
                return (
                  <div
                    key={hit.node.id}
                    id={optionId(hit)}
                    role="option"
                    aria-selected={activeHit === hit}
                    className={`search-option${activeHit === hit ? ' active' : ''}${hit.validAtDate ? '' : ' invalid'}`}
                    data-testid={`search-option-${hit.node.id}`}
                    onMouseDown={(event) => {
                      event.preventDefault();
                      pick(hit);
                    }}
                    onMouseEnter={() => setActive(position)}
                  >
                    <ShapeGlyph shape={kindStyle[hit.node.kind].shape} color={kindStyle[hit.node.kind].color} wide={hit.node.kind === 'Body'} />
                    <span>
                      <span className="name">{hit.node.name}</span>
                      {hit.context === null ? null : <span className="muted"> · {hit.context}</span>}
                      {hit.validAtDate ? null : <span className="tag"> · {t('notAtDate')}</span>}
                    </span>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
});
