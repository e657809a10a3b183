/** The panel's words. */
import { defineMessages } from '../define';

export const panel = defineMessages({});
