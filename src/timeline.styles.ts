/**
 * The element's stylesheet, the one the element imports: its parts from styles/, composed
 * in the order the cascade needs. The public `--sahel-timeline-*` contract is in
 * styles/tokens.ts; each other part reads only the private `--_*` tokens.
 */
import { axis } from './styles/axis.js';
import { control } from './styles/control.js';
import { legend } from './styles/legend.js';
import { notice } from './styles/notice.js';
import { plot } from './styles/plot.js';
import { print } from './styles/print.js';
import { toolbar } from './styles/toolbar.js';
import { tokens } from './styles/tokens.js';

/**
 * Tokens and base rules first, so that a part may override a base rule of equal specificity.
 * No two parts set the same property on one element with equal specificity, so the rest
 * simply follow the page's order. The keys panel's, the details' and a cluster list's styles come after
 * these, with those panels (render/panels.ts). Print rules come last, to win over the rest.
 */
export const timelineStyles = [tokens, control, toolbar, notice, plot, axis, legend, print];
