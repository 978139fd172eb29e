import type { Evidence, NodeKind, RelationshipType } from '../../graphql/generated/graphql';
import type { Language } from '../../core/i18n/messages';
import { evidenceNames, kindNames, relationshipNames } from '../../core/i18n/vocabulary';
import type { EditingVocabularyQuery } from '../../graphql/generated/graphql';
import type { NetworkData } from '../../core/graph/elements';
import { localName } from '../../core/i18n/localName';

export type Vocabulary = EditingVocabularyQuery['editingVocabulary'];

export function kindOptions(language: Language) {
  return (Object.keys(kindNames) as NodeKind[]).map((kind) => ({ value: kind, label: kindNames[kind][language] }));
}

export function evidenceOptions(language: Language) {
  return (Object.keys(evidenceNames) as Evidence[]).map((evidence) => ({ value: evidence, label: evidenceNames[evidence][language] }));
}

export function typeOptions(types: readonly RelationshipType[], language: Language) {
  return types.map((type) => ({ value: type, label: relationshipNames[type][language] }));
}

export function sourceOptions(vocabulary: Vocabulary) {
  return vocabulary.sources.map((source) => ({ value: source.id, label: source.title, freeText: true }));
}


export interface Choice {
  id: string;
  name: string;
}

/** The goal areas a link may address, by name in the reader's language. */
export function goalAreaChoices(network: NetworkData, language: Language): Choice[] {
  return network.nodes
    .filter((node) => node.kind === 'GoalArea')
    .map((node) => ({ id: node.id, name: localName({ name: node.name, nameEn: node.properties.find((property) => property.key === 'nameEn')?.value }, language) }));
}
