import type { Evidence, NodeKind, RelationshipType } from '../../graphql/generated/graphql';
import type { Language } from '../../core/i18n/messages';
import { evidenceNames, kindNames, relationshipNames } from '../../core/i18n/vocabulary';
import type { EditingVocabularyQuery } from '../../graphql/generated/graphql';

export type Vocabulary = EditingVocabularyQuery['editingVocabulary'];

export function kindOptions(language: Language) {
  return (Object.keys(kindNames) as NodeKind[]).map((kind) => ({ value: kind, label: kindNames[kind][language] }));
}

export function evidenceOptions(language: Language) {
  return (Object.keys(evidenceNames) as Evidence[]).map((evidence) => ({ value: evidence, label: evidenceNames[evidence][language] }));
}

export function typeOptions(types: readonly RelationshipType[], language: Language) {
  return types.map((type) => ({ value: type, label: `${relationshipNames[type][language]} (${type})` }));
}

export function sourceOptions(vocabulary: Vocabulary) {
  return vocabulary.sources.map((source) => ({ value: source.id, label: `${source.id} – ${source.title}` }));
}

export function plainOptions(values: readonly string[]) {
  return values.map((value) => ({ value, label: value }));
}
