/** The badges's words. */
import { defineMessages } from '../define';

export const badges = defineMessages({});
