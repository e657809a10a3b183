import gitlabDoc from './presets/gitlab.json';
import sourcegraphDoc from './presets/sourcegraph.json';
import { Policy } from './schema';

/** The shipped policies, validated by the same schema as users' files (a broken preset fails at load and in tests). */
export const PRESETS = {
  sourcegraph: Policy.parse(sourcegraphDoc),
  gitlab: Policy.parse(gitlabDoc),
} as const satisfies Record<string, Policy>;

export type PresetId = keyof typeof PRESETS;
export const DEFAULT_PRESET: PresetId = 'sourcegraph';
export const isPresetId = (id: string): id is PresetId => Object.hasOwn(PRESETS, id);
