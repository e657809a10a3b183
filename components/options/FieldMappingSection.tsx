import { useEffect, useState } from 'react';
import { ticketNoun } from '@/lib/domain/format';
import { ACCOUNT_ATTRIBUTES, type AccountAttribute } from '@/lib/parse/account';
import type { FieldMapping } from '@/lib/parse/field-mapping';
import { TICKET_FIELDS, type TicketField, type TicketFieldMapping } from '@/lib/parse/ticket-fields';
import type { TicketFieldMappings } from '@/lib/settings/ticket-fields';
import { DEFAULT_TICKET_FIELDS, TOOLS, TOOL_NAMES, toolById, type Tool } from '@/lib/sites/registry';
import { t, type MessageKey } from '../../lib/i18n/t';
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
  /** Per tool whose tickets are read from its pages: the ticket field mapping in force. */
  ticketMappings: TicketFieldMappings;
  /** The administrator set the ticket field mappings (or locked local changes): read-only. */
  ticketAdmin: boolean;
  /** The mapping as edited: the caller stores what differs from the tool's default. */
  onSaveTicketFields: (tool: Tool, mapping: TicketFieldMapping) => void;
  onResetTicketFields: (tool: Tool) => void;
}

/** What each ticket field is, beside its name: the message's key. */
const TICKET_FIELD_HINTS: Record<TicketField, MessageKey> = {
  number: 'options_hintNumber',
  subject: 'options_hintSubject',
  priority: 'options_hintPriority',
  status: 'options_hintStatus',
  opened: 'options_hintOpened',
  account: 'options_hintAccount',
  entitlement: 'options_hintEntitlement',
};

const toText = (labels: string[] | undefined) => (labels ?? []).join(', ');
const fromText = (text: string) =>
  text
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Which CRM label or internal/API name (or Zendesk organization field) holds which attribute, per tool, with a live
 * preview; and, for a tool whose tickets are read from its pages, which holds which ticket field ("Ticket fields").
 */
/** The tools whose records carry account attributes to map (a Jira Service Management organization carries none). */
const MAPPED_TOOLS = TOOLS.filter((t) => t.supplies.length > 0);

export function FieldMappingSection(props: FieldMappingSectionProps) {
  const { mappings, admin, preview, previewMessage, onSave, onReset, onPreview } = props;
  const { ticketMappings, ticketAdmin, onSaveTicketFields, onResetTicketFields } = props;
  const [tool, setTool] = useState<Tool>(TOOLS[0].id);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  useEffect(() => {
    setDraft(Object.fromEntries(ACCOUNT_ATTRIBUTES.map((a) => [a, toText(mappings[tool][a])])));
  }, [tool, mappings]);
  const current = (): FieldMapping => Object.fromEntries(ACCOUNT_ATTRIBUTES.map((a) => [a, fromText(draft[a] ?? '')] as const).filter(([, labels]) => labels.length > 0));
  const shown = preview?.tool === tool ? preview : null;
  const ticketMapping = ticketMappings[tool];
  return (
    <>
      <Section
        id="mapping"
        title={t('options_mappingTitle')}
        admin={admin}
        description={t('options_mappingDescription')}
        lead={
          // Choosing a tool to look at changes nothing: it stays usable where the administrator set the mappings.
          <div className="el-field">
            <label className="el-label" htmlFor="mapping-tool">
              {t('options_tool')}
            </label>
            <select id="mapping-tool" value={tool} onChange={(e) => setTool(e.target.value as Tool)}>
              {MAPPED_TOOLS.map((d) => (
                <option key={d.id} value={d.id}>{`${d.name} (${d.mappingKeys})`}</option>
              ))}
            </select>
          </div>
        }
      >
        <table className="el-table">
          <thead>
            <tr>
              <th>{t('options_colAttribute')}</th>
              <th>{t('options_colLabelsOrNames')}</th>
              <th>{t('options_colOnTab')}</th>
            </tr>
          </thead>
          <tbody>
            {ACCOUNT_ATTRIBUTES.map((a) => (
              <tr key={a}>
                <td>
                  <code>{a}</code>
                </td>
                <td>
                  <input aria-label={t('options_labelsFor', { attribute: a })} value={draft[a] ?? ''} onChange={(e) => setDraft({ ...draft, [a]: e.target.value })} />
                </td>
                <td className="el-preview">{shown ? (shown.values[a] ?? <span className="el-note">{t('options_notFound')}</span>) : ''}</td>
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
              setOutcome({ ok: true, message: t('options_mappingSaved') });
            }}
          >
            {t('options_save')}
          </button>
          <button type="button" className="el-button el-button--quiet" onClick={() => onReset(tool)}>
            {t('options_resetDefaults')}
          </button>
          <button type="button" className="el-button el-button--quiet" onClick={() => onPreview(tool, current())}>
            {t('options_previewOn', { tool: TOOL_NAMES[tool] })}
          </button>
        </div>
        {previewMessage && <p className="el-note">{previewMessage}</p>}
        {shown && <p className="el-note">{t('options_previewOf', { url: shown.url, labels: shown.labels, names: shown.names })}</p>}
        <Outcome outcome={outcome} />
      </Section>
      {ticketMapping && <TicketFieldsTable tool={tool} mapping={ticketMapping} admin={ticketAdmin} onSave={onSaveTicketFields} onReset={onResetTicketFields} />}
    </>
  );
}

/** The table's inputs: each field's entries, comma separated. */
const ticketDraft = (mapping: TicketFieldMapping): Record<string, string> => Object.fromEntries(TICKET_FIELDS.map((f) => [f, toText(mapping[f])]));

interface TicketFieldsTableProps {
  tool: Tool;
  mapping: TicketFieldMapping;
  admin: boolean;
  onSave: (tool: Tool, mapping: TicketFieldMapping) => void;
  onReset: (tool: Tool) => void;
}

/** Where a tool's ticket pages and lists show each ticket field (a tool whose tickets are read from its pages). */
function TicketFieldsTable({ tool, mapping, admin, onSave, onReset }: TicketFieldsTableProps) {
  const [draft, setDraft] = useState<Record<string, string>>(() => ticketDraft(mapping));
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  useEffect(() => setDraft(ticketDraft(mapping)), [tool, mapping]);
  const current = (): TicketFieldMapping => Object.fromEntries(TICKET_FIELDS.map((f) => [f, fromText(draft[f] ?? '')] as const).filter(([, entries]) => entries.length > 0));
  const definition = toolById(tool);
  const noun = ticketNoun(definition?.tickets?.noun);
  const defaults = DEFAULT_TICKET_FIELDS[tool] ?? {};
  return (
    <Section
      id="ticket-fields"
      title={t('options_ticketFieldsTitle', { tool: TOOL_NAMES[tool] })}
      admin={admin}
      description={t('options_ticketFieldsDescription', { noun: noun.lower, tool: TOOL_NAMES[tool], keys: definition?.mappingKeys ?? t('options_labelsOrNames') })}
    >
      <table className="el-table" data-testid="ticket-fields">
        <thead>
          <tr>
            <th>{t('options_colField')}</th>
            <th>{t('options_colLabelsOrNames')}</th>
            <th>{t('options_colDefault')}</th>
          </tr>
        </thead>
        <tbody>
          {TICKET_FIELDS.map((f) => (
            <tr key={f}>
              <td>
                <code>{f}</code> <span className="el-note">{t(TICKET_FIELD_HINTS[f])}</span>
              </td>
              <td>
                <input
                  aria-label={t('options_ticketLabelsFor', { noun: noun.name, field: f })}
                  value={draft[f] ?? ''}
                  placeholder={toText(defaults[f]) || t('options_notRead')}
                  onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
                />
              </td>
              <td className="el-note">{toText(defaults[f]) || t('options_none')}</td>
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
            setOutcome({ ok: true, message: t('options_ticketFieldsSaved', { tool: TOOL_NAMES[tool], nouns: noun.plural }) });
          }}
        >
          {t('options_save')}
        </button>
        <button type="button" className="el-button el-button--quiet" onClick={() => onReset(tool)}>
          {t('options_resetDefaults')}
        </button>
      </div>
      <Outcome outcome={outcome} />
    </Section>
  );
}
