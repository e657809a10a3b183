/**
 * A real enterprise policy for the end-to-end tests: Chromium reads JSON files under /etc/chromium/policies/managed/
 * at start (Chromium's Linux policy documentation; the "3rdparty" key carries extension policy, which becomes that
 * extension's `storage.managed`, validated against its managed_schema.json). Firefox reads policies.json from its
 * distribution folder (Mozilla's policy-templates, "3rdparty"). Writing either needs root; each file this suite
 * writes has its own name (Firefox's, a marker beside it) and is removed when the suite ends, pass or fail, and at the
 * process's exit; one left by a run that was killed is removed by the next run's setup (test/e2e/global-setup.ts),
 * before any browser starts.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
/** The pinned Chromium id (wxt.config.ts `key`). */
export const CHROMIUM_EXTENSION_ID = 'dkjnfglnaadgmcifbenpilnblbbnggbi';
const PREFIX = 'entitlement-lens-e2e-';

export const isRoot = (): boolean => process.getuid?.() === 0;
/** Why the real-policy tests cannot run here, or null when they can. One line, printed by the skipped suite. */
export const cannotWritePolicies = (): string | null =>
  isRoot() ? null : `skipped: writing ${CHROMIUM_POLICY_DIR} needs root (CI runs as root); run as root to check a real policy file`;

/** Writes `{"3rdparty": {"extensions": {id: managed}}}` as this process's own policy file; returns its path. */
export function writeChromiumPolicy(managed: Record<string, unknown>): string {
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const file = join(CHROMIUM_POLICY_DIR, `${PREFIX}${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: managed } } }, null, 2));
  const remove = () => rmSync(file, { force: true });
  process.once('exit', remove);
  return file;
}

/** Removes files an earlier run left when it was killed (a pid no longer running). */
export function removeStalePolicies(): void {
  if (!existsSync(CHROMIUM_POLICY_DIR)) return;
  for (const name of readdirSync(CHROMIUM_POLICY_DIR)) {
    const pid = Number(name.slice(PREFIX.length, -'.json'.length));
    if (!name.startsWith(PREFIX) || !Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(CHROMIUM_POLICY_DIR, name), { force: true });
  }
}

/**
 * Firefox reads one policies.json: /etc/firefox-esr/policies/ (Linux system policies) if present, else the
 * distribution folder beside the binary (Mozilla's policy-templates README). Its name is fixed, so the test may only
 * write it where none exists, and removes it after.
 */
export const FIREFOX_POLICY_FILES = ['/etc/firefox-esr/policies/policies.json', '/usr/lib/firefox-esr/distribution/policies.json'] as const;
export const GECKO_EXTENSION_ID = 'entitlement-lens@example.com';

/** Why the Firefox policy test cannot run here, or null when it can. */
export function cannotWriteFirefoxPolicy(): string | null {
  if (!isRoot()) return 'skipped: writing Firefox’s policies.json needs root (CI runs as root)';
  const present = FIREFOX_POLICY_FILES.find((f) => existsSync(f));
  if (present) return `skipped: ${present} already exists, and Firefox reads only one policies.json; the test will not overwrite the machine’s own`;
  if (!existsSync('/usr/lib/firefox-esr')) return 'skipped: no Firefox ESR in /usr/lib/firefox-esr';
  return null;
}

/** The file beside Firefox's policies.json that says this suite wrote it, and which process did. */
const firefoxMarker = (pid: number) => `${FIREFOX_POLICY_FILES[1]}.${PREFIX}${pid}`;

/**
 * Writes `{"policies": {"3rdparty": {"Extensions": {id: managed}}}}` in the distribution folder, with a marker file
 * naming this process (so a later run can tell the file is a test's and remove it); returns a function removing both.
 */
export function writeFirefoxPolicy(managed: Record<string, unknown>): () => void {
  const file = FIREFOX_POLICY_FILES[1];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(firefoxMarker(process.pid), '');
  writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_EXTENSION_ID]: managed } } } }, null, 2));
  const remove = () => {
    rmSync(file, { force: true });
    rmSync(firefoxMarker(process.pid), { force: true });
  };
  process.once('exit', remove);
  return remove;
}

/** Removes a policies.json an earlier, killed run of this suite left (its marker names a process no longer running). */
export function removeStaleFirefoxPolicy(): void {
  const folder = dirname(FIREFOX_POLICY_FILES[1]);
  if (!existsSync(folder)) return;
  const marker = `${basename(FIREFOX_POLICY_FILES[1])}.${PREFIX}`;
  for (const name of readdirSync(folder)) {
    const pid = Number(name.slice(marker.length));
    if (!name.startsWith(marker) || !Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    rmSync(FIREFOX_POLICY_FILES[1], { force: true });
    rmSync(join(folder, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
