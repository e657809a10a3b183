import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DirectorySection } from '@/components/options/DirectorySection';
import { CustomDomainsSection, DisplaySection } from '@/components/options/DomainsDisplaySection';
import { FieldMappingSection, type MappingPreview } from '@/components/options/FieldMappingSection';
import { HolidaysSection } from '@/components/options/HolidaysSection';
import { AlertsSection } from '@/components/options/AlertsSection';
import { PolicySection } from '@/components/options/PolicySection';
import { openDirectory } from '@/lib/directory/store';
import { importDirectoryText, type SyncRecord } from '@/lib/directory/sync';
import { askTab, tabsByRecency } from '@/lib/messaging/ask-tab';
import { sendMessage } from '@/lib/messaging/protocol';
import { mapFields } from '@/lib/parse/field-mapping';
import { PRESETS } from '@/lib/policy';
import { CustomDomain } from '@/lib/settings/managed-config';
import { loadSettings } from '@/lib/settings/load';
import { checkPolicyFile } from '@/lib/settings/policy-file';
import { directoryUrlProblem, holidayProblem, zoneProblem } from '@/lib/settings/validate-input';
import {
  alertSettingsItem,
  activePolicyItem,
  customDomainsItem,
  directorySourceItem,
  displayItem,
  fieldMappingsItem,
  holidaysItem,
  ticketFieldMappingsItem,
} from '@/lib/settings/storage';
import { withUserTicketFields } from '@/lib/settings/ticket-fields';
import { originPattern } from '@/lib/settings/host-name';
import { t } from '../../lib/i18n/t';

type Outcome = { ok: boolean; message: string; details?: string[] } | null;

/** The admin's page: every setting, each read-only with a note when the administrator set it. */
export function OptionsApp() {
  const client = useQueryClient();
  const settings = useQuery({ queryKey: ['settings'], queryFn: loadSettings });
  const directory = useQuery({ queryKey: ['directory-status'], queryFn: directoryStatus });
  const watched = useQuery({ queryKey: ['watch-list'], queryFn: () => sendMessage('getWatchList', undefined) });
  const [policyOutcome, setPolicyOutcome] = useState<Outcome>(null);
  const [importOutcome, setImportOutcome] = useState<Outcome>(null);
  const [domainOutcome, setDomainOutcome] = useState<Outcome>(null);
  const [preview, setPreview] = useState<MappingPreview | null>(null);
  const [previewMessage, setPreviewMessage] = useState<string | null>(null);

  // Any storage change (ours, or the admin's managed push) re-reads the settings: the page is always live.
  useEffect(() => {
    // The watch list is written at every ticket a tab reads: it refreshes only the watched list, not every setting.
    const listener = (changes: Record<string, unknown>) =>
      void (Object.keys(changes).every((key) => key === 'watch') ? client.invalidateQueries({ queryKey: ['watch-list'] }) : client.invalidateQueries());
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [client]);

  // The page's title follows the browser's UI language (index.html holds the English one; main.tsx sets `lang`).
  useEffect(() => {
    document.title = t('options_pageTitle');
  }, []);

  const s = settings.data;
  if (!s) return <main className="el-options">{t('options_loading')}</main>;
  const admin = (key: Parameters<typeof s.setByAdmin.has>[0]) => s.setByAdmin.has(key);
  const policy = s.policy.policy;

  return (
    <main className="el-options">
      <header>
        <span className="el-logo" aria-hidden="true">
          {/* i18n-exempt: the product's initials, a logo, hidden from assistive technology */}
          EL
        </span>
        <h1>{t('extName')}</h1>
      </header>
      {s.managedProblems.length > 0 && (
        <div className="el-problems" role="alert">
          <strong>{t('options_managedProblems')}</strong>
          <ul>
            {s.managedProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      <PolicySection
        active={s.policy}
        presets={Object.values(PRESETS).map((p) => ({ id: p.id, name: p.name, version: p.version }))}
        // The admin's preset shows checked (read-only), as the user's own does; an imported file checks none.
        chosenPreset={s.policy.source !== 'imported' && Object.hasOwn(PRESETS, policy.id) ? policy.id : null}
        admin={admin('policy')}
        outcome={policyOutcome}
        onChoosePreset={async (id) => {
          await activePolicyItem.setValue({ kind: 'preset', id });
          setPolicyOutcome({ ok: true, message: t('options_presetInForce', { name: PRESETS[id as keyof typeof PRESETS]?.name ?? id }) });
        }}
        onImport={async (file) => {
          const result = checkPolicyFile(await file.text());
          if (!result.ok) {
            setPolicyOutcome({ ok: false, message: t('options_policyFileRefused', { file: file.name, name: policy.name, version: policy.version }), details: result.problems });
            return;
          }
          await activePolicyItem.setValue({ kind: 'custom', doc: result.doc, fileName: file.name, importedAt: Date.now() });
          setPolicyOutcome({ ok: true, message: t('options_policyFileInForce', { name: result.policy.name, version: result.policy.version, file: file.name }) });
        }}
        onExport={() => download(`${policy.id}-${policy.version}.json`, JSON.stringify(policy, null, 2), 'application/json')}
      />

      <HolidaysSection
        policy={policy}
        extra={s.holidays}
        admin={admin('holidays')}
        onAdd={(calendarId, date) => {
          const calendar = policy.sla?.calendars.find((c) => c.id === calendarId);
          const problem = holidayProblem(date, [...(calendar?.holidays ?? []), ...(s.holidays[calendarId] ?? [])]);
          if (!problem) void holidaysItem.setValue({ ...s.holidays, [calendarId]: [...(s.holidays[calendarId] ?? []), date].sort() });
          return problem;
        }}
        onRemove={(calendarId, date) => void holidaysItem.setValue({ ...s.holidays, [calendarId]: (s.holidays[calendarId] ?? []).filter((d) => d !== date) })}
      />

      <FieldMappingSection
        mappings={s.fieldMappings}
        admin={admin('fieldMappings')}
        preview={preview}
        previewMessage={previewMessage}
        onSave={async (tool, mapping) => fieldMappingsItem.setValue({ ...(await fieldMappingsItem.getValue()), [tool]: mapping })}
        onReset={async (tool) => {
          // Back to the default: the tool's entry goes, so later changes of the default apply to it.
          const { [tool]: _dropped, ...rest } = await fieldMappingsItem.getValue();
          await fieldMappingsItem.setValue(rest);
        }}
        onPreview={async (tool, mapping) => {
          const result = await previewOnTab(tool, mapping);
          setPreview(typeof result === 'string' ? null : result);
          setPreviewMessage(typeof result === 'string' ? result : null);
        }}
        ticketMappings={s.ticketFieldMappings}
        ticketAdmin={admin('ticketFieldMappings')}
        onSaveTicketFields={async (tool, mapping) => ticketFieldMappingsItem.setValue(withUserTicketFields(await ticketFieldMappingsItem.getValue(), tool, mapping))}
        onResetTicketFields={async (tool) => ticketFieldMappingsItem.setValue(withUserTicketFields(await ticketFieldMappingsItem.getValue(), tool, null))}
      />

      <DirectorySection
        url={s.directory.url}
        refreshMinutes={s.directory.refreshMinutes}
        admin={admin('directory')}
        count={directory.data?.count ?? null}
        lastSync={directory.data?.last ?? null}
        now={Date.now()}
        importOutcome={importOutcome}
        onSaveSource={(url, minutes) => {
          const problem = directoryUrlProblem(url, minutes);
          if (problem) return problem;
          // The background fetches the directory from its own origin: ask for that host from this click, so a
          // server without CORS headers works too. Declining still saves (a CORS-enabled server needs nothing).
          const save = () => void directorySourceItem.setValue({ url, refreshMinutes: minutes });
          if (url)
            void browser.permissions
              .request({ origins: [`${new URL(url).origin}/*`] })
              .catch(() => false)
              .then(save);
          else save();
          return null;
        }}
        onSyncNow={async () => {
          const record = await sendMessage('syncDirectory', undefined);
          if (record) setImportOutcome({ ok: record.ok, message: t('options_directoryUrlOutcome', { message: record.message }), details: record.problems });
          void client.invalidateQueries({ queryKey: ['directory-status'] });
        }}
        onImport={async (file) => {
          const record = await importDirectoryText(await file.text(), 'import', policy, Date.now());
          setImportOutcome({ ok: record.ok, message: `${file.name}: ${record.message}`, details: record.problems });
          void client.invalidateQueries({ queryKey: ['directory-status'] });
        }}
        onClear={async () => {
          await (await openDirectory()).clear();
          setImportOutcome({ ok: true, message: t('options_directoryCleared') });
          void client.invalidateQueries({ queryKey: ['directory-status'] });
        }}
      />

      <CustomDomainsSection
        domains={s.customDomains}
        admin={admin('customDomains')}
        outcome={domainOutcome}
        onAdd={(host, tool) => {
          const parsed = CustomDomain.safeParse({ host, tool });
          if (!parsed.success) return setDomainOutcome({ ok: false, message: parsed.error.issues[0]!.message });
          // permissions.request must run in the click's own task: no await before it.
          void browser.permissions.request({ origins: [originPattern(parsed.data.host)] }).then(async (granted) => {
            if (!granted) return setDomainOutcome({ ok: false, message: t('options_domainNotGranted', { host: parsed.data.host }) });
            const list = (await customDomainsItem.getValue()).filter((d) => d.host !== parsed.data.host);
            await customDomainsItem.setValue([...list, parsed.data]);
            setDomainOutcome({ ok: true, message: t('options_domainAdded', { host: parsed.data.host }) });
          });
        }}
        onRemove={async (domain) => {
          await customDomainsItem.setValue((await customDomainsItem.getValue()).filter((d) => d.host !== domain.host));
          await browser.permissions.remove({ origins: [originPattern(domain.host)] });
          setDomainOutcome({ ok: true, message: t('options_domainRemoved', { host: domain.host }) });
        }}
      />

      <DisplaySection
        zone={s.display.zone}
        hour12={s.display.hour12}
        admin={admin('display')}
        onSave={(zone, hour12) => {
          const problem = zoneProblem(zone);
          if (!problem) void displayItem.setValue({ zone, hour12 });
          return problem;
        }}
      />
      <AlertsSection
        // Re-mounted when the administrator's push changes them, so its fields show them; not on the agent's own Save,
        // which would wipe the "Saved" it just said.
        key={admin('alerts') ? JSON.stringify(s.alerts) : 'agent'}
        settings={s.alerts}
        admin={admin('alerts')}
        watched={watched.data ?? null}
        onSave={async (value) => {
          await alertSettingsItem.setValue(value);
          return null;
        }}
      />
    </main>
  );
}

async function directoryStatus(): Promise<{ count: number; last: SyncRecord | null }> {
  const db = await openDirectory();
  const [count, sync, imported] = await Promise.all([db.count(), db.getMeta('lastSync'), db.getMeta('lastImport')]);
  const records = [sync, imported].filter(Boolean) as SyncRecord[];
  return { count, last: records.sort((a, b) => b.at - a.at)[0] ?? null };
}

/** Reads the open tab of that tool through its content script and shows what the mapping would take. */
async function previewOnTab(tool: MappingPreview['tool'], mapping: Parameters<typeof mapFields>[1]): Promise<MappingPreview | string> {
  // Ask each tab's content script what it shows, the most recent first.
  let record: Awaited<ReturnType<typeof askTab<'readPageFields'>>> = null;
  let tabUrl = '';
  for (const tab of await tabsByRecency()) {
    const page = await askTab(tab.id, 'describePage');
    if (page?.tool !== tool || page.kind !== 'account') continue;
    record = await askTab(tab.id, 'readPageFields');
    tabUrl = record?.url ?? '';
    break;
  }
  if (!record) return t('options_previewNoTab', { tool });
  // Property names too, exactly as the panel's evaluation maps them (evaluate-record.ts), so the preview matches it.
  const values = mapFields(record.fields, mapping, record.names);
  return {
    tool,
    url: tabUrl,
    labels: Object.keys(record.fields).length,
    names: Object.keys(record.names ?? {}).length,
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
  };
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
