/**
 * Unit tests read the words the build ships: English messages.json, read as Chrome reads it
 * (lib/i18n/node-source.ts). fakeBrowser has no i18n. A test that wants German or Japanese sets its own source.
 */
import { beforeEach } from 'vitest';
import { catalogSource } from '../../lib/i18n/node-source';
import { setMessageSource } from '../../lib/i18n/t';

beforeEach(() => setMessageSource(catalogSource('en')));
