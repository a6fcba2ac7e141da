/**
 * A scene (export-scene.ts) written as a standalone SVG file: shapes as SVG elements, text as
 * `<text>` with every character escaped, styles as presentation attributes (nothing to
 * resolve, no stylesheet, no script, no external reference). Pure: a string builder, never
 * the DOM and never innerHTML, so nothing from the data can become markup.
 */
import type { Scene, SceneItem } from './export-scene.js';

/**
 * `value` safe in XML text and attribute values alike: `&`, `<`, `>`, `"`, `'`, tabs and line
 * breaks (which a parser would change: in attributes into spaces) as character references; characters XML
 * cannot hold at all (most control characters, lone surrogates, U+FFFE and U+FFFF) dropped, so
 * that text from any data leaves the file well-formed.
 */
export function esc(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes.
  return value.replace(/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\p{Cs}/gu, '').replace(/[&<>"'\t\n\r]/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

/** A number as SVG writes it: at most two decimals. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The scene as the text of an SVG file. */
export function sceneToSvg(scene: Scene): string {
  const defs: string[] = [];
  const body: string[] = [];
  let ids = 0;
  const write = (item: SceneItem, out: string[]): void => {
    switch (item.t) {
      case 'rect': {
        let fill = item.fill === undefined ? 'none' : esc(item.fill);
        if (item.fade && item.fill !== undefined) {
          const id = `fade${String(ids++)}`;
          defs.push(`<linearGradient id="${id}"><stop offset="0" stop-color="${fill}"/><stop offset="0.7" stop-color="${fill}"/><stop offset="1" stop-color="${fill}" stop-opacity="0"/></linearGradient>`);
          fill = `url(#${id})`;
        }
        out.push(
          `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(Math.max(0, item.w))}" height="${n(Math.max(0, item.h))}"${item.r ? ` rx="${n(item.r)}"` : ''} fill="${fill}"` +
            `${item.stroke === undefined ? '' : ` stroke="${esc(item.stroke)}" stroke-width="${n(item.strokeWidth ?? 1)}"`}${opacity(item.opacity)}/>`,
        );
        return;
      }
      case 'path':
        out.push(
          `<path transform="translate(${n(item.x)} ${n(item.y)})" d="${esc(item.d)}" fill="${item.fill === undefined ? 'none' : esc(item.fill)}"` +
            `${item.stroke === undefined ? '' : ` stroke="${esc(item.stroke)}" stroke-width="${n(item.strokeWidth ?? 1)}"`}${opacity(item.opacity)}/>`,
        );
        return;
      case 'line':
        out.push(`<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}" stroke="${esc(item.stroke)}"${opacity(item.opacity)}/>`);
        return;
      case 'text':
        out.push(
          `<text class="${esc(item.role)}" x="${n(item.x)}" y="${n(item.y)}" font-size="${String(item.size)}" font-weight="${String(item.weight)}" fill="${esc(item.fill)}"` +
            `${item.anchor === 'middle' ? ' text-anchor="middle"' : ''}>${esc(item.text)}</text>`,
        );
        return;
      case 'group': {
        const id = `clip${String(ids++)}`;
        const c = item.clip;
        defs.push(`<clipPath id="${id}"><rect x="${n(c.x)}" y="${n(c.y)}" width="${n(Math.max(0, c.w))}" height="${n(Math.max(0, c.h))}"/></clipPath>`);
        out.push(`<g clip-path="url(#${id})">`);
        for (const child of item.items) write(child, out);
        out.push('</g>');
        return;
      }
    }
  };
  for (const item of scene.items) write(item, body);
  const w = n(scene.width);
  const h = n(scene.height);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${esc(scene.font)}" role="img">` +
    `<title>${esc(scene.title)}</title>` +
    (defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '') +
    `<rect width="100%" height="100%" fill="${esc(scene.background)}"/>` +
    body.join('\n') +
    `</svg>\n`
  );
}

function opacity(value: number | undefined): string {
  return value === undefined || value === 1 ? '' : ` opacity="${n(value)}"`;
}
