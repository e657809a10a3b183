import { useEffect, useState } from 'react';
import type { ActivePolicy } from '@/lib/settings/policy-source';
import { Outcome, Section } from './Section';

export interface PolicySectionProps {
  active: ActivePolicy;
  presets: Array<{ id: string; name: string; version: string }>;
  chosenPreset: string | null;
  admin: boolean;
  outcome: { ok: boolean; message: string; details?: string[] } | null;
  onChoosePreset: (id: string) => void;
  onImport: (file: File) => void;
  onExport: () => void;
}

/** Choose a preset, import a policy file (refused with each problem if invalid), export the active one. */
export function PolicySection({ active, presets, chosenPreset, admin, outcome, onChoosePreset, onImport, onExport }: PolicySectionProps) {
  const p = active.policy;
  // The choice shows at once; the stored settings catch up a moment later and keep it in step.
  const [picked, setPicked] = useState(chosenPreset);
  useEffect(() => setPicked(chosenPreset), [chosenPreset]);
  return (
    <Section id="policy" title="Policy" admin={admin} description="The rules every verdict comes from. Another vendor's handbook is another policy file.">
      <p className="el-current" data-testid="active-policy">
        In force: <strong>{p.name}</strong> version <strong>{p.version}</strong> (
        {active.source === 'admin' ? 'set by your administrator' : active.source === 'imported' ? 'imported file' : 'preset'})
      </p>
      {active.refused && (
        <p className="el-outcome el-outcome--bad">
          A {active.refused.source === 'admin' ? 'managed' : 'stored'} policy was refused ({active.refused.problems.length} problems); the one above stays in force.
        </p>
      )}
      <div className="el-field">
        <span className="el-label">Preset</span>
        {presets.map((preset) => (
          <label key={preset.id} className="el-radio">
            <input
              type="radio"
              name="preset"
              value={preset.id}
              checked={picked === preset.id}
              onChange={() => {
                setPicked(preset.id);
                onChoosePreset(preset.id);
              }}
            />
            {preset.name} <span className="el-note">v{preset.version}</span>
          </label>
        ))}
      </div>
      <div className="el-field">
        <label className="el-label" htmlFor="policy-file">
          Import a policy file (JSON)
        </label>
        <input
          id="policy-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onImport(file);
            e.target.value = '';
          }}
        />
      </div>
      <Outcome outcome={outcome} />
      <button type="button" className="el-button" onClick={onExport} disabled={false}>
        Export the active policy
      </button>
    </Section>
  );
}
