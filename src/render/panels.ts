/**
 * The panels most pages open rarely or never, in a chunk of their own that the timeline
 * loads on demand (PanelsController): the keys panel, the details of a selected event and
 * the list of a cluster's events, with their styles.
 */
import { clusterList } from '../styles/cluster-list.js';
import { details } from '../styles/details.js';
import { keys } from '../styles/keys.js';

export { renderClusterList } from './cluster-list.js';
export { renderDetails } from './details.js';
export { renderKeysHelp } from './keys-help.js';
export { renderTitleCard } from './title-card.js';

/** The panels' styles, adopted into a timeline's shadow root after its own. */
export const panelStyles = [keys, clusterList, details];
