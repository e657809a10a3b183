/**
 * Finds words a user would see that do not go through `t` (lib/i18n/t.ts), by reading the sources' syntax trees:
 * - text between JSX tags;
 * - a string in a JSX attribute a user sees or hears (title, aria-label, placeholder, alt, label), or as a JSX child;
 * - a string given to a property that is shown (label, title, message, short, heading, placeholder, …);
 * - a string assigned to an element's textContent / title / placeholder / ariaLabel, or set as one of those attributes;
 * - `document.createTextNode('…')`, and the children of lib/overlay/badges/dom.ts's `h(tag, props, …children)` and
 *   `setText(el, text)`;
 * - anywhere else, a string that reads as a sentence or a name (a capital then a small letter, or Japanese), unless it
 *   is compared (`key === 'Enter'`), a `case`, an import, a property key, or a `console` message (for developers).
 * "Words" means two letters in a row in any script; symbols, digits and punctuation (✓, ·, #, %) are not words.
 * A line may opt out with a comment `i18n-exempt: <reason>` on it or the line above (a reason is required).
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface Literal {
  file: string;
  line: number;
  text: string;
  why: string;
}

const WORDS = /\p{L}{2}/u;
const SHOWN_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'aria-roledescription', 'placeholder', 'alt', 'label', 'aria-valuetext']);
const SHOWN_PROPERTIES = new Set([
  'label',
  'title',
  'message',
  'contextMessage',
  'short',
  'heading',
  'placeholder',
  'hint',
  'caption',
  'description',
  'ariaLabel',
  'buttonTitle',
  'text',
  'headline',
  'summary',
  'detail',
  'note',
]);
const isShownName = (name: string) => SHOWN_PROPERTIES.has(name) || SHOWN_ATTRIBUTES.has(name);

/** A capital then a small letter at a word's start (Latin, German), or any kana/kanji. */
const SENTENCE = /(^|[^\p{L}])\p{Lu}\p{Ll}|[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u;

/** A free-standing string that reads as words: not compared, not a case label, not an import path or a key. */
function readsAsWords(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): boolean {
  const text = literalText(node);
  if (text === null || !SENTENCE.test(text)) return false;
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent)) parent = parent.parent;
  if (
    ts.isBinaryExpression(parent) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(
      parent.operatorToken.kind,
    )
  )
    return false;
  if (
    ts.isCallExpression(parent) &&
    ts.isPropertyAccessExpression(parent.expression) &&
    ts.isIdentifier(parent.expression.expression) &&
    parent.expression.expression.text === 'console'
  )
    return false;
  if (ts.isCaseClause(parent) || ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isElementAccessExpression(parent))
    return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node) return false;
  // The text of a JSX attribute/child or a shown property is judged above; a template inside another is judged once.
  if (ts.isJsxAttribute(parent) || ts.isJsxExpression(parent) || ts.isTemplateSpan(parent)) return false;
  return true;
}

const SHOWN_ASSIGNMENTS = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel', 'ariaDescription', 'alt']);

/** The literal parts of a string-ish expression: a string, a template's fixed text. Null for anything computed. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) return [literalText(node.whenTrue), literalText(node.whenFalse)].filter((x) => x !== null).join(' ') || null;
  if (
    ts.isBinaryExpression(node) &&
    (node.operatorToken.kind === ts.SyntaxKind.BarBarToken ||
      node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
      node.operatorToken.kind === ts.SyntaxKind.PlusToken)
  )
    return [literalText(node.left), literalText(node.right)].filter((x) => x !== null).join(' ') || null;
  return null;
}

export function scanSource(file: string, source: string): Literal[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lines = source.split('\n');
  const exempt = (line: number) => [lines[line], lines[line - 1]].some((l) => l !== undefined && /i18n-exempt:\s*\S/.test(l));
  const found: Literal[] = [];
  const reported = new Set<string>();
  const report = (node: ts.Node, text: string | null, why: string) => {
    if (text === null || !WORDS.test(text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
    const key = String(line); // one report a line: a ternary of two strings is one leak to fix
    if (exempt(line) || reported.has(key)) return;
    reported.add(key);
    found.push({ file, line: line + 1, text: text.trim().slice(0, 60), why });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text, 'text in JSX');
    else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(sf);
      if (SHOWN_ATTRIBUTES.has(name)) {
        const init = node.initializer;
        report(node, ts.isJsxExpression(init) ? (init.expression ? literalText(init.expression) : null) : literalText(init), `JSX ${name}=`);
      }
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)))
      report(node, literalText(node.expression), 'string as a JSX child');
    else if (ts.isPropertyAssignment(node) && isShownName(node.name.getText(sf).replace(/['"]/g, '')))
      report(node, literalText(node.initializer), `property ${node.name.getText(sf)}:`);
    else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      SHOWN_ASSIGNMENTS.has(node.left.name.text)
    )
      report(node, literalText(node.right), `.${node.left.name.text} =`);
    else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const [first, second] = node.arguments;
      if (method === 'setAttribute' && first && ts.isStringLiteral(first) && SHOWN_ATTRIBUTES.has(first.text) && second)
        report(node, literalText(second), `setAttribute('${first.text}')`);
      if (method === 'createTextNode' && first) report(node, literalText(first), 'createTextNode');
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && (node.expression.text === 'h' || node.expression.text === 'setText')) {
      const from = node.expression.text === 'h' ? 2 : 1;
      for (const child of node.arguments.slice(from)) report(child, literalText(child), `${node.expression.text}() text`);
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && readsAsWords(node))
      report(node, literalText(node), 'a sentence');
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

export const scanFile = (file: string): Literal[] => scanSource(file, readFileSync(file, 'utf8'));
