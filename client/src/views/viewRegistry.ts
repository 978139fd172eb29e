import type { ComponentType } from 'react';
import type { MessageKey } from '../core/i18n/messages';
import { ExplorerPage } from './explorer/ExplorerPage';

/** What every view receives from the app shell. */
export interface ViewProps {
  asOf: string | null;
}

export interface ViewEntry {
  id: string;
  titleKey: MessageKey;
  component: ComponentType<ViewProps>;
}

/** The views of the app, in menu order; a capability adds its view here. */
export const views: ViewEntry[] = [{ id: 'explorer', titleKey: 'viewExplorer', component: ExplorerPage }];
