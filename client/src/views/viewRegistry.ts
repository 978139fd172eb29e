import { lazy, type ComponentType } from 'react';
import type { Role } from '../graphql/generated/graphql';
import type { MessageKey } from '../core/i18n/messages';

/** What every view receives from the app shell. */
export interface ViewProps {
  asOf: string | null;
  /** Moves the shell's date (and its URL), e.g. from a timeline inside the view. */
  onAsOfChange?: (asOf: string | null) => void;
}

export interface ViewEntry {
  id: string;
  titleKey: MessageKey;
  component: ComponentType<ViewProps>;
  /** Shown only to a signed-in user with at least this role. */
  requires?: Role;
}

/** The views of the app, in menu order; a capability adds its view here. */
export const views: ViewEntry[] = [
  // Loaded on demand (the shell renders views inside Suspense), so the first paint does not wait for it.
  { id: 'explorer', titleKey: 'viewExplorer', component: lazy(() => import('./explorer/ExplorerPage').then((module) => ({ default: module.ExplorerPage }))) },
  { id: 'gaps', titleKey: 'viewGaps', component: lazy(() => import('./gaps/GapsPage').then((module) => ({ default: module.GapsPage }))) },
  { id: 'silos', titleKey: 'viewSilos', component: lazy(() => import('./silos/SilosPage').then((module) => ({ default: module.SilosPage }))) },
  { id: 'diff', titleKey: 'viewDiff', component: lazy(() => import('./diff/DiffPage').then((module) => ({ default: module.DiffPage }))) },
  { id: 'export', titleKey: 'viewExport', component: lazy(() => import('./export/ExportPage').then((module) => ({ default: module.ExportPage }))) },
  { id: 'editing', titleKey: 'viewEditing', requires: 'viewer', component: lazy(() => import('./editing/EditingPage').then((module) => ({ default: module.EditingPage }))) },
  { id: 'import', titleKey: 'viewImport', requires: 'editor', component: lazy(() => import('./import/ImportPage').then((module) => ({ default: module.ImportPage }))) },
  { id: 'audit', titleKey: 'viewAudit', requires: 'editor', component: lazy(() => import('./audit/AuditPage').then((module) => ({ default: module.AuditPage }))) },
];
