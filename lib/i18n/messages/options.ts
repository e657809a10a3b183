/** The options's words. */
import { defineMessages } from '../define';

export const options = defineMessages({});
