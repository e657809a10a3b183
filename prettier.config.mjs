// @ts-check
/**
 * Prettier, run by `npm run lint` (../shared/conventions.md, "Habits worth copying" 11). Options chosen to re-wrap as little of the code
 * as written as possible: single quotes; semicolons, trailing commas and `(x) =>` are Prettier's defaults already.
 * printWidth 180: code lines here run long (1 in 100 is over 170 columns); of the widths tried from 120 to 200, 180
 * changes the fewest lines.
 * @type {import('prettier').Config}
 */
export default {
  singleQuote: true,
  printWidth: 180,
  // Never reformat HTML or CSS inside tagged templates: the fixture renderers' output is compared byte for byte.
  embeddedLanguageFormatting: 'off',
};
