/** The popup's words. */
import { defineMessages } from '../define';

export const popup = defineMessages({});
