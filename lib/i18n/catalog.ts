/**
 * Every message of every surface, one module a surface (lib/i18n/messages/), merged. Imported by the build
 * (wxt.config.ts writes `_locales/` from it) and by Node; extension code imports only its type through `t`, so no
 * bundle carries the catalog (the browser reads the built messages.json instead).
 */
import { alerts } from './messages/alerts';
import { badges } from './messages/badges';
import { common } from './messages/common';
import { copy } from './messages/copy';
import { options } from './messages/options';
import { panel } from './messages/panel';
import { popup } from './messages/popup';

/** The surfaces, by name, so a test can find a key defined twice (a spread would keep the last silently). */
export const SURFACES = { common, panel, popup, options, badges, alerts, copy };

export const CATALOG = { ...common, ...panel, ...popup, ...options, ...badges, ...alerts, ...copy };
export type CatalogKey = keyof typeof CATALOG & string;
