// @ts-check
/**
 * Prettier, run by `npm run lint` (handbook, "Habits worth copying" 11). Options chosen to match the code as written:
 * single quotes, semicolons, trailing commas and `(x) =>` are Prettier's defaults already. printWidth 160: code lines
 * run long (98% are under 155 columns); a narrower width would re-wrap far more of the tree.
 * @type {import('prettier').Config}
 */
export default {
  singleQuote: true,
  printWidth: 160,
  // Never reformat HTML or CSS inside tagged templates: the fixture renderers' output is compared byte for byte.
  embeddedLanguageFormatting: 'off',
};
