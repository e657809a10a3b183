/** The copy's words. */
import { defineMessages } from '../define';

export const copy = defineMessages({});
