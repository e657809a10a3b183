/**
 * A `MessageSource` for Node (the CLI and the unit tests) over the same messages.json the build writes, read the way
 * Chrome reads it: `$NAME$` takes its placeholder's content, `$n` the n-th substitution, `$$` a dollar.
 */
import { CATALOG } from './catalog';
import { localeMessages, type Language } from './define';
import type { MessageSource } from './t';

export function catalogSource(lang: Language = 'en', uiLanguage: string = lang === 'en' ? 'en-US' : lang): MessageSource {
  const messages = localeMessages(CATALOG, lang);
  return {
    getUILanguage: () => uiLanguage,
    getMessage(key, substitutions = []) {
      const entry = messages[key];
      if (!entry) return '';
      const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
      // One pass, so a `$` inside a substituted value is never read again.
      return entry.message.replace(/\$\$|\$([A-Za-z0-9_]+)\$/g, (whole, name: string | undefined) => {
        if (name === undefined) return '$';
        const placeholder = entry.placeholders?.[name.toLowerCase()];
        return placeholder ? positional(placeholder.content) : whole;
      });
    },
  };
}
