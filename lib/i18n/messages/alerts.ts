/** The alerts's words. */
import { defineMessages } from '../define';

export const alerts = defineMessages({});
