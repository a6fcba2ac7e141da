/**
 * A scene (scene.ts) written as a standalone SVG file: shapes as SVG elements, text as
 * `<text>` with every character escaped, styles as presentation attributes (nothing to
 * resolve, no stylesheet, no script, no external reference). Pure: a string builder, never
 * the DOM and never innerHTML, so nothing from the data can become markup. It knows shapes,
 * colours and fonts, nothing of layout.
 */
import { FADE_FROM, HATCH_FAINT } from './geometry.js';
import { firstStripe, HATCH_FOOT, HATCH_STEP, type Scene, type SceneRect } from './scene.js';

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

/** A font family list ending with a generic family, so that any reader's system draws the text. */
export function withGenericFamily(family: string): string {
  if (family.trim() === '') return 'system-ui, sans-serif';
  return /(^|,)\s*(sans-serif|serif|monospace|system-ui|cursive|fantasy)\s*$/.test(family) ? family : `${family}, sans-serif`;
}

/** The scene as the text of an SVG file, `title` its `<title>`. */
export function sceneToSvg(scene: Scene, title: string): string {
  const defs: string[] = [];
  const body: string[] = [];
  let ids = 0;
  const id = (kind: string) => `${kind}${String(ids++)}`;
  for (const item of scene.items) {
    switch (item.kind) {
      case 'rect':
        if (item.paint === 'hatch') {
          const clip = id('clip');
          defs.push(`<clipPath id="${clip}">${rect(item, '')}</clipPath>`);
          body.push(`<g clip-path="url(#${clip})">${rect({ ...item, r: 0 }, ` fill="${esc(item.fill)}"${opacity((item.opacity * HATCH_FAINT) / 100)}`)}<path d="${stripes(item)}" fill="${esc(item.fill)}"${opacity(item.opacity)}/></g>`);
        } else {
          let fill = item.paint === 'none' ? 'none' : esc(item.fill);
          if (item.paint === 'fade') {
            const fade = id('fade');
            defs.push(
              `<linearGradient id="${fade}" gradientUnits="userSpaceOnUse" x1="${n(item.from)}" y1="0" x2="${n(item.to)}" y2="0">` +
                `<stop offset="0" stop-color="${fill}"/><stop offset="${n(FADE_FROM / 100)}" stop-color="${fill}"/><stop offset="1" stop-color="${fill}" stop-opacity="0"/></linearGradient>`,
            );
            fill = `url(#${fade})`;
          }
          body.push(rect(item, ` fill="${fill}"${stroke(item.stroke, item.strokeWidth)}${opacity(item.opacity)}`));
        }
        break;
      case 'path':
        body.push(
          `<path transform="translate(${n(item.x)} ${n(item.y)})" d="${esc(item.d)}" fill="${item.fill === '' ? 'none' : esc(item.fill)}"${stroke(item.stroke, item.strokeWidth)}/>`,
        );
        break;
      case 'line':
        body.push(`<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}" stroke="${esc(item.stroke)}"${opacity(item.opacity)}/>`);
        break;
      case 'text':
        body.push(
          `<text class="${esc(item.role)}" x="${n(item.x)}" y="${n(item.y)}" font-size="${String(item.size)}" font-weight="${String(item.weight)}" fill="${esc(item.fill)}"` +
            `${item.anchor === 'middle' ? ' text-anchor="middle"' : ''}>${esc(item.text)}</text>`,
        );
        break;
      case 'group': {
        const clip = id('clip');
        defs.push(`<clipPath id="${clip}"><rect width="${n(item.w)}" height="${n(item.h)}"/></clipPath>`);
        const move = item.x !== 0 || item.y !== 0 ? ` transform="translate(${n(item.x)} ${n(item.y)})"` : '';
        body.push(`<g${move} clip-path="url(#${clip})">`);
        break;
      }
      case 'end':
        body.push('</g>');
        break;
    }
  }
  const w = n(scene.width);
  const h = n(scene.height);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${esc(withGenericFamily(scene.font))}" role="img">` +
    `<title>${esc(title)}</title>` +
    (defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '') +
    body.join('\n') +
    `</svg>\n`
  );
}

/** A `<rect>` with `attributes` after its geometry. */
function rect(r: Pick<SceneRect, 'x' | 'y' | 'w' | 'h' | 'r'>, attributes: string): string {
  return `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}"${r.r > 0 ? ` rx="${n(r.r)}"` : ''}${attributes}/>`;
}

/** The stripes of a hatched bar, as canvas painter draws them (scene-canvas.ts). */
function stripes(r: SceneRect): string {
  const bottom = r.y + r.h;
  let d = '';
  for (let x = firstStripe(r.x, r.from, r.h); x < r.x + r.w; x += HATCH_STEP) {
    d += `M${n(x)} ${n(bottom)}H${n(x + HATCH_FOOT)}L${n(x + HATCH_FOOT + r.h)} ${n(r.y)}H${n(x + r.h)}Z`;
  }
  return d === '' ? 'M0 0' : d;
}

function stroke(colour: string, width: number): string {
  return colour === '' ? '' : ` stroke="${esc(colour)}" stroke-width="${n(width)}"`;
}

function opacity(value: number): string {
  return value === 1 ? '' : ` opacity="${n(value)}"`;
}
