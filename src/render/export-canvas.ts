/**
 * A scene (export-scene.ts) painted on a canvas, for `toPNG()`. Painting the scene itself,
 * rather than loading the SVG into an image, needs no `blob:` or `data:` URL: a page whose
 * Content-Security-Policy is `default-src 'self'` (no `img-src blob:`) allows it, and the
 * canvas is never tainted, so `toBlob` works.
 */
import type { Scene, SceneItem } from './export-scene.js';

/** Paints the scene on a 2D context whose transform maps scene pixels to the canvas. */
export function paintScene(g: CanvasRenderingContext2D, scene: Scene): void {
  const paths = new Map<string, Path2D>();
  const path = (d: string) => {
    let p = paths.get(d);
    if (!p) {
      p = new Path2D(d);
      paths.set(d, p);
    }
    return p;
  };
  g.fillStyle = scene.background;
  g.fillRect(0, 0, scene.width, scene.height);
  g.textBaseline = 'alphabetic';
  g.direction = 'ltr';
  const draw = (item: SceneItem): void => {
    g.save();
    switch (item.t) {
      case 'rect': {
        g.globalAlpha = item.opacity ?? 1;
        g.beginPath();
        if (item.r) g.roundRect(item.x, item.y, Math.max(0, item.w), Math.max(0, item.h), item.r);
        else g.rect(item.x, item.y, Math.max(0, item.w), Math.max(0, item.h));
        if (item.fill !== undefined) {
          if (item.fade) {
            const fade = g.createLinearGradient(item.x, 0, item.x + item.w, 0);
            fade.addColorStop(0, item.fill);
            fade.addColorStop(0.7, item.fill);
            fade.addColorStop(1, 'transparent');
            g.fillStyle = fade;
          } else {
            g.fillStyle = item.fill;
          }
          g.fill();
        }
        if (item.stroke !== undefined) {
          g.lineWidth = item.strokeWidth ?? 1;
          g.strokeStyle = item.stroke;
          g.stroke();
        }
        break;
      }
      case 'path':
        g.globalAlpha = item.opacity ?? 1;
        g.translate(item.x, item.y);
        if (item.fill !== undefined) {
          g.fillStyle = item.fill;
          g.fill(path(item.d));
        }
        if (item.stroke !== undefined) {
          g.lineWidth = item.strokeWidth ?? 1;
          g.strokeStyle = item.stroke;
          g.stroke(path(item.d));
        }
        break;
      case 'line':
        g.globalAlpha = item.opacity ?? 1;
        g.lineWidth = 1;
        g.strokeStyle = item.stroke;
        g.beginPath();
        g.moveTo(item.x1, item.y1);
        g.lineTo(item.x2, item.y2);
        g.stroke();
        break;
      case 'text':
        g.font = `${String(item.weight)} ${String(item.size)}px ${scene.font}`;
        g.fillStyle = item.fill;
        g.textAlign = item.anchor === 'middle' ? 'center' : 'left';
        g.fillText(item.text, item.x, item.y);
        break;
      case 'group':
        g.beginPath();
        g.rect(item.clip.x, item.clip.y, Math.max(0, item.clip.w), Math.max(0, item.clip.h));
        g.clip();
        for (const child of item.items) draw(child);
        break;
    }
    g.restore();
  };
  for (const item of scene.items) draw(item);
}

/** The scene as a PNG, `scale` canvas pixels to a scene pixel. */
export function sceneToPng(scene: Scene, scale: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(scene.width * scale));
  canvas.height = Math.max(1, Math.round(scene.height * scale));
  const g = canvas.getContext('2d');
  if (!g) return Promise.reject(new Error('<sahel-timeline> toPNG(): this browser gives no 2D canvas.'));
  g.scale(scale, scale);
  paintScene(g, scene);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('<sahel-timeline> toPNG(): the canvas could not be written as a PNG (too large?).'));
    }, 'image/png');
  });
}
