import { useEffect, useState } from 'react';
import type { ActivePolicy } from '@/lib/settings/policy-source';
import { t, tp } from '../../lib/i18n/t';
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
    <Section id="policy" title={t('options_policyTitle')} admin={admin} description={t('options_policyDescription')}>
      <p className="el-current" data-testid="active-policy">
        {t('options_inForce')} <strong>{p.name}</strong> {t('options_version')} <strong>{p.version}</strong> (
        {t(active.source === 'admin' ? 'options_sourceAdmin' : active.source === 'imported' ? 'options_sourceImported' : 'options_sourcePreset')})
      </p>
      {active.refused && (
        <p className="el-outcome el-outcome--bad">
          {tp(active.refused.source === 'admin' ? 'options_managedPolicyRefused' : 'options_storedPolicyRefused', active.refused.problems.length)}
        </p>
      )}
      <div className="el-field">
        <span className="el-label">{t('options_preset')}</span>
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
          {t('options_importPolicy')}
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
        {t('options_exportPolicy')}
      </button>
    </Section>
  );
}
