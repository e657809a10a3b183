export type Tone = 'good' | 'bad' | 'warn' | 'info' | 'unknown' | 'muted';

const ICONS: Record<Tone, string> = { good: '✓', bad: '✕', warn: '!', info: '•', unknown: '?', muted: '–' };

/** A status shown by colour AND an icon AND a text label, so it reads without colour. */
export function StatusPill({ tone, label, title }: { tone: Tone; label: string; title?: string }) {
  return (
    <span className={`el-pill el-pill--${tone}`} title={title}>
      <span className="el-pill__icon" aria-hidden="true">{ICONS[tone]}</span>
      {label}
    </span>
  );
}
