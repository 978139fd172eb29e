import type { ExplorerBodyProfileFragment } from '../../../graphql/generated/graphql';
import { kindStyle } from '../../../core/graph/kindStyle';
import { bodyTypeName, partyNames } from '../../../core/graph/names';
import { roleName } from '../../../core/graph/valueNames';
import { useMessages } from '../../../core/i18n/useLanguage';
import { ShapeGlyph } from '../../../components/Legend/ShapeGlyph';
import { bodiesMessages } from './messages';

export interface NodeLinkProps {
  node: { id: string; kind: ExplorerBodyProfileFragment['body']['kind']; name: string };
  onSelect: (id: string) => void;
}

/** A node's name as a button that selects it, with its kind's glyph. */
export function NodeLink({ node, onSelect }: NodeLinkProps) {
  return (
    <span className="node-link">
      <ShapeGlyph shape={kindStyle[node.kind].shape} color={kindStyle[node.kind].color} wide={node.kind === 'Body'} />
      <button type="button" className="link-button" onClick={() => onSelect(node.id)}>
        {node.name}
      </button>
    </span>
  );
}

export interface BodyProfileViewProps {
  profile: ExplorerBodyProfileFragment;
  onSelect: (id: string) => void;
  onHighlight: (ids: string[]) => void;
}

/** One body or agreement: its type, area and goal areas, its members, and which expected parties are absent. */
export function BodyProfileView({ profile, onSelect, onHighlight }: BodyProfileViewProps) {
  const { language, t } = useMessages(bodiesMessages);
  const bodyType = profile.body.properties.find((property) => property.key === 'bodyType')?.value;
  const isAgreement = profile.body.kind === 'Agreement';
  return (
    <article className="body-profile" data-testid={`body-profile-${profile.body.id}`}>
      <h4>
        <NodeLink node={profile.body} onSelect={onSelect} />
      </h4>
      <p className="muted">
        {bodyType === undefined ? null : bodyTypeName(bodyType, language)}
        {profile.validAtDate ? '' : ` · ${t('notAtDate')}`}
      </p>
      {profile.areas.length > 0 ? (
        <p>
          <strong>{t('areas')}:</strong> {profile.areas.map((area) => area.name).join(', ')}
        </p>
      ) : null}
      {profile.goalAreas.length > 0 ? (
        <p>
          <strong>{t('goals')}:</strong> {profile.goalAreas.map((goal) => goal.name).join(', ')}
        </p>
      ) : null}
      <p>
        <strong>
          {isAgreement ? t('parties') : t('members')} ({profile.members.length})
        </strong>{' '}
        {profile.members.length > 0 ? (
          <button type="button" onClick={() => onHighlight([profile.body.id, ...profile.members.map((member) => member.node.id)])}>
            {t('showMembers')}
          </button>
        ) : null}
      </p>
      {profile.members.length === 0 ? (
        <p className="muted">{t('noMembers')}</p>
      ) : (
        <ul className="members" data-testid="body-members">
          {profile.members.map((member) => (
            <li key={member.link.id}>
              <NodeLink node={member.node} onSelect={onSelect} />
              {member.role === null ? null : <span className="muted role">{roleName(member.role, language)}</span>}
            </li>
          ))}
        </ul>
      )}
      {profile.expectedParties.length > 0 ? (
        <div className="expected" data-testid="expected-parties">
          <strong>{t('expected')}</strong>
          <details className="how">
            <summary>{t('howDecided')}</summary>
            <p>{t('expectedHow')}</p>
          </details>
          <ul>
            {profile.expectedParties.map((party) => (
              <li key={party.key} className={party.present ? 'present' : 'absent'} data-testid={`party-${party.key}`} data-present={party.present}>
                <span aria-hidden="true">{party.present ? '✓' : '✗'}</span> {partyNames[party.key]?.[language] ?? party.key}: {party.present ? t('present') : t('absent')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}
