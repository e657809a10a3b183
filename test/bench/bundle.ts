/** The size of each content script of the production build, gzip (zlib's default level, as `gzip` uses). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** kB = 1,000 bytes, the unit Vite and WXT report sizes in. */
export function contentScriptSizes(extensionDir: string) {
  const dir = join(extensionDir, 'content-scripts');
  const scripts = readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return { name: `content-scripts/${name}`, rawKB: bytes.length / 1000, gzipKB: gzipSync(bytes).length / 1000 };
    })
    .sort((a, b) => b.gzipKB - a.gzipKB);
  if (scripts.length === 0) throw new Error(`No content scripts in ${dir}`);
  return { largest: scripts[0]!, scripts };
}
