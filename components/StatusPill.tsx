import type { StatusLabel, Tone } from '@/lib/policy/status-labels';

export type { Tone };

const ICONS: Record<Tone, string> = { good: '✓', bad: '✕', warn: '!', info: '•', unknown: '?', muted: '–' };

/** A status shown by colour AND an icon AND a text label, so it reads without colour. */
export function StatusPill({ tone, label, title }: StatusLabel & { title?: string }) {
  return (
    <span className={`el-pill el-pill--${tone}`} title={title}>
      <span className="el-pill__icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      {label}
    </span>
  );
}
