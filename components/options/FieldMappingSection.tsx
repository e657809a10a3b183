import { useEffect, useState } from 'react';
import { ACCOUNT_ATTRIBUTES, type AccountAttribute } from '@/lib/parse/account';
import type { FieldMapping } from '@/lib/parse/field-mapping';
import { TOOLS, TOOL_NAMES, type Tool } from '@/lib/sites/registry';
import { Outcome, Section } from './Section';

export interface MappingPreview {
  tool: Tool;
  url: string;
  /** attribute → the raw value it would read, for the current tab's record. */
  values: Partial<Record<AccountAttribute, string>>;
  /** How many labels, and how many internal/API names, the record on the tab shows. */
  labels: number;
  names: number;
}

export interface FieldMappingSectionProps {
  mappings: Record<Tool, FieldMapping>;
  admin: boolean;
  preview: MappingPreview | null;
  previewMessage: string | null;
  onSave: (tool: Tool, mapping: FieldMapping) => void;
  onReset: (tool: Tool) => void;
  onPreview: (tool: Tool, mapping: FieldMapping) => void;
}

const toText = (labels: string[] | undefined) => (labels ?? []).join(', ');
const fromText = (text: string) =>
  text
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);

/** Which CRM label or internal/API name (or Zendesk organization field) holds which attribute, per tool, with a live preview. */
export function FieldMappingSection({ mappings, admin, preview, previewMessage, onSave, onReset, onPreview }: FieldMappingSectionProps) {
  const [tool, setTool] = useState<Tool>(TOOLS[0].id);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  useEffect(() => {
    setDraft(Object.fromEntries(ACCOUNT_ATTRIBUTES.map((a) => [a, toText(mappings[tool][a])])));
  }, [tool, mappings]);
  const current = (): FieldMapping => Object.fromEntries(ACCOUNT_ATTRIBUTES.map((a) => [a, fromText(draft[a] ?? '')] as const).filter(([, labels]) => labels.length > 0));
  const shown = preview?.tool === tool ? preview : null;
  return (
    <Section
      id="mapping"
      title="Field mapping"
      admin={admin}
      description="Each entry is a field label or an internal/API name (HubSpot internal name such as segment, Salesforce API name such as Segment__c). Internal/API names are looked up first, as they do not change with the page's language or a renamed label; then labels, which compare without case or punctuation. The first entry present on the record is read."
    >
      <div className="el-field">
        <label className="el-label" htmlFor="mapping-tool">
          Tool
        </label>
        <select id="mapping-tool" value={tool} onChange={(e) => setTool(e.target.value as Tool)}>
          {TOOLS.map((t) => (
            <option key={t.id} value={t.id}>{`${t.name} (${t.mappingKeys})`}</option>
          ))}
        </select>
      </div>
      <table className="el-table">
        <thead>
          <tr>
            <th>Attribute</th>
            <th>Labels or internal/API names (comma separated)</th>
            <th>On the current tab</th>
          </tr>
        </thead>
        <tbody>
          {ACCOUNT_ATTRIBUTES.map((a) => (
            <tr key={a}>
              <td>
                <code>{a}</code>
              </td>
              <td>
                <input aria-label={`Labels or names for ${a}`} value={draft[a] ?? ''} onChange={(e) => setDraft({ ...draft, [a]: e.target.value })} />
              </td>
              <td className="el-preview">{shown ? (shown.values[a] ?? <span className="el-note">not found</span>) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="el-row">
        <button
          type="button"
          className="el-button"
          onClick={() => {
            onSave(tool, current());
            setOutcome({ ok: true, message: 'Saved. Open records re-read with it.' });
          }}
        >
          Save
        </button>
        <button type="button" className="el-button el-button--quiet" onClick={() => onReset(tool)}>
          Reset to defaults
        </button>
        <button type="button" className="el-button el-button--quiet" onClick={() => onPreview(tool, current())}>
          Preview on the open {TOOL_NAMES[tool]} tab
        </button>
      </div>
      {previewMessage && <p className="el-note">{previewMessage}</p>}
      {shown && (
        <p className="el-note">
          Preview of {shown.url}: {shown.labels} labels and {shown.names} internal/API names on the page.
        </p>
      )}
      <Outcome outcome={outcome} />
    </Section>
  );
}
