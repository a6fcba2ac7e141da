// A rollup plugin that minifies the CSS in lit's css`…` templates: comments out, runs of
// white space down to one, and none around { } ; , (terser keeps template text as written,
// and the styles were about a tenth of the first load). Only the text between
// interpolations changes; `${…}` expressions are left as they are.

/** The CSS text of one template part, minified; quoted strings are kept as written. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            // A space after a colon only ever follows a property name (selectors write `a:hover`).
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** Index just past the `}` that closes a `${` opened before `from`. */
function skipExpression(code, from) {
  let depth = 1;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    else if (c === '`' || c === '"' || c === "'") throw new Error('minify-css: a string inside a css`` interpolation is not handled');
  }
  throw new Error('minify-css: unclosed ${ in a css`` template');
}

/** `code` with every css`…` template's text minified. */
export function minifyCssTemplates(code) {
  let out = '';
  let at = 0;
  const tag = /\bcss\s*`/g;
  for (let m = tag.exec(code); m; m = tag.exec(code)) {
    let i = m.index + m[0].length;
    out += code.slice(at, i);
    let text = '';
    for (;;) {
      const c = code[i];
      if (c === undefined) throw new Error('minify-css: unclosed css`` template');
      if (c === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (c === '`' || (c === '$' && code[i + 1] === '{')) {
        out += minifyCssText(text);
        text = '';
        if (c === '`') break;
        const end = skipExpression(code, i + 2);
        out += code.slice(i, end);
        i = end;
      } else {
        text += c;
        i++;
      }
    }
    at = i;
    tag.lastIndex = i + 1;
  }
  return out + code.slice(at);
}

/** The rollup plugin. */
export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (id.includes('node_modules') || !/\bcss\s*`/.test(code)) return null;
      // Lines move inside the styles modules: they get no source map rather than a wrong one.
      return { code: minifyCssTemplates(code), map: { mappings: '' } };
    },
  };
}
