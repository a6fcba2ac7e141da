/**
 * The French table: a chunk of its own, loaded when a timeline's language is French (most
 * pages never download it). French typography: a no-break space before a colon and inside a
 * number's groups (Intl writes those), typographic apostrophes.
 */
import type { TimelineStrings } from './strings.js';

/** A no-break space, before a colon. */
const _ = '\u00a0';

/** The French table. */
export const fr: TimelineStrings = {
  lang: 'fr',
  toolbar: 'Commandes de la frise',
  timeline: 'frise chronologique',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  showAll: 'Tout afficher',
  previousEvent: 'Événement précédent',
  nextEvent: 'Événement suivant',
  keyboardShortcuts: 'Raccourcis clavier',
  exportView: 'Télécharger une image de la vue',
  downloadSvg: 'Télécharger en SVG',
  downloadPng: 'Télécharger en PNG',
  exportSource: `Source${_}: {sources}`,
  play: 'Parcourir les événements',
  pause: 'Pause',

  events: { one: '{count} événement', other: '{count} événements' },
  timelineName: 'Frise chronologique de {events}, {years}',
  yearSpan: 'de {start} à {end}',
  timelineEmpty: 'Frise chronologique sans événement',
  plotHelp:
    'Flèches gauche et droite pour passer d’un événement à l’autre, Entrée pour en ouvrir un, plus et moins pour zoomer, Maj avec les flèches pour se déplacer dans le temps, et 0 pour tout afficher.',
  loading: 'Chargement des événements…',
  reading: 'Lecture des événements… {percent}',
  noEvents: 'Aucun événement à afficher.',
  noMatches: 'Aucun événement ne correspond.',
  wheelHint: 'Maintenez Ctrl (⌘ sur Mac) et faites défiler pour zoomer',
  announce: `Période affichée${_}: {start} – {end}, {events}.`,

  listName: `Événements dans l’ordre chronologique${_}: {name}`,
  listNote: `{events} en tout${_}; {shown} de ceux visibles sont listés. Zoomez ou déplacez-vous pour en lister d’autres.`,

  cluster: {
    one: '{count} événement, {when}. Zoomez pour le voir.',
    other: '{count} événements, {when}. Zoomez pour les voir.',
  },
  clusterFrom: 'depuis {date}',
  clusterListTitle: '{events}, {date}',
  closeList: 'Fermer la liste',
  showingFirst: 'Les {count} premiers sont affichés.',

  precision: { year: 'à l’année près', month: 'au mois près', day: 'au jour près', minute: 'à la minute près' },
  bce: '{year} av. J.-C.',
  yearsAgo: 'il y a {years} ans',
  yearsAhead: 'dans {years} ans',
  yearsAgoMillions: 'il y a {years} d’années',
  yearsAheadMillions: 'dans {years} d’années',
  yearsAgoAbout: 'il y a environ {years} ans',
  since: 'depuis {date}',
  categories: {
    military: 'Militaire',
    diplomacy: 'Diplomatie',
    politics: 'Politique',
    protest: 'Contestation',
    media: 'Médias',
    economy: 'Économie',
    violence: 'Violences',
    context: 'Contexte',
  },
  uncategorised: 'Événement',
  legend: 'Catégories',
  search: 'Rechercher des événements',
  searchPlaceholder: 'Rechercher',
  shownOf: '{shown} sur {events}',
  otherLane: 'Autres',
  noneInView: 'aucun dans cette période',
  moreLanes: { one: '{count} autre ligne plus bas', other: '{count} autres lignes plus bas' },
  eras: 'Périodes',
  aboutTimeline: 'À propos de cette frise',
  mediaCredit: `Crédit${_}: {credit}`,
  openOn: 'Sur {site}',
  watchOn: 'Regarder sur {site}',
  video: 'Vidéo',
  videoOn: 'Vidéo sur {site}',
  pictureUnavailable: 'Image non disponible',
  pictureUnavailableAlt: `Image non disponible${_}: {alt}`,
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  linkToCopy: `Lien vers cet événement${_}:`,
  titleCardHint: 'Choisissez l’un des {events} pour le lire, ou parcourez-les dans l’ordre avec Événement suivant.',

  closeDetails: 'Fermer les détails',
  place: 'Lieu',
  actors: 'Acteurs',
  countries: 'Pays',
  reportedDate: 'Date selon la source',
  sources: 'Sources',
  paragraph: 'paragraphe {n}',
  quote: `${_}: «${_}{quote}${_}»`,
  certainty: { confirmed: 'confirmé', reported: 'rapporté', disputed: 'contesté' },

  dismissNotice: 'Fermer cet avis',
  notice: {
    network: `Les événements n’ont pas pu être chargés${_}: la connexion a échoué.`,
    notFound: `Les événements n’ont pas pu être chargés${_}: le fichier est introuvable (404).`,
    status: `Les événements n’ont pas pu être chargés${_}: le serveur a répondu par une erreur ({status}).`,
    notJson: `Les événements n’ont pas pu être lus${_}: le fichier n’est ni du JSON ni un tableur.`,
    wrongShape: `Les événements n’ont pas pu être lus${_}: le fichier ne contient pas de liste d’événements.`,
    formats:
      'La frise lit des fichiers JSON d’événements (une liste, ou un objet avec une liste « events »), des fichiers TimelineJS3, et des tableaux enregistrés en CSV ou TSV avec une ligne d’en-tête.',
    empty: 'Le fichier ne contient aucun événement.',
    notAList: `Les événements de la frise n’ont pas pu être lus${_}: ce n’est pas une liste d’événements.`,
    dropped: {
      one: `{dropped} sur {events} n’a pas pu être affiché${_}: {why}.`,
      other: `{dropped} sur {events} n’ont pas pu être affichés${_}: {why}.`,
    },
    reasons: {
      notEvent: {
        all: { one: 'ce n’est pas un événement', other: 'ce ne sont pas des événements' },
        some: { one: '{count} n’est pas un événement', other: '{count} ne sont pas des événements' },
      },
      date: {
        all: { one: 'sa date manque ou n’a pas pu être lue', other: 'leurs dates manquent ou n’ont pas pu être lues' },
        some: { one: '{count} n’a pas de date lisible', other: '{count} n’ont pas de date lisible' },
      },
      title: { all: { one: 'son titre manque', other: 'leurs titres manquent' }, some: { one: '{count} n’a pas de titre', other: '{count} n’ont pas de titre' } },
      id: {
        all: { one: 'il n’a pas d’identifiant', other: 'ils n’ont pas d’identifiant' },
        some: { one: '{count} n’a pas d’identifiant', other: '{count} n’ont pas d’identifiant' },
      },
      duplicate: {
        all: { one: 'il reprend l’identifiant d’un autre événement', other: 'ils reprennent les identifiants d’autres événements' },
        some: { one: '{count} reprend l’identifiant d’un autre événement', other: '{count} reprennent les identifiants d’autres événements' },
      },
    },
    trimmed: {
      one: `{count} événement est affiché sans les détails qui n’ont pas pu être lus${_}: {details}.`,
      other: `{count} événements sont affichés sans les détails qui n’ont pas pu être lus${_}: {details}.`,
    },
    trimmedOthers: {
      one: `{count} autre événement est affiché sans les détails qui n’ont pas pu être lus${_}: {details}.`,
      other: `{count} autres événements sont affichés sans les détails qui n’ont pas pu être lus${_}: {details}.`,
    },
    fields: {
      end: 'date de fin',
      place: 'lieu',
      sources: 'sources',
      countries: 'pays',
      actors: 'acteurs',
      category: 'catégorie',
      certainty: 'certitude',
      summary: 'résumé',
      reportedDate: 'date selon la source',
      pictures: 'images',
      links: 'liens',
      translations: 'traductions',
      other: 'notes',
    },
    untitled: {
      one: `{count} diapositive n’avait pas de titre${_}: elle est nommée d’après {from}.`,
      other: `{count} diapositives n’avaient pas de titre${_}: elles sont nommées d’après {from}.`,
    },
    untitledFrom: {
      text: { one: 'son texte', other: 'leur texte' },
      caption: { one: 'sa légende', other: 'leurs légendes' },
      date: { one: 'sa date', other: 'leurs dates' },
    },
    months: {
      one: `{count} mois n’a pas pu être lu, son événement est donc placé à son année${_}: {cells}.`,
      other: `{count} mois n’ont pas pu être lus, leurs événements sont donc placés à leur année${_}: {cells}.`,
    },
    monthAtLine: `«${_}{value}${_}» (ligne {row}, {column})`,
    monthAtSlide: `«${_}{value}${_}» (diapositive {slide}, {column})`,
    more: { one: '{count} autre', other: '{count} autres' },
  },

  keys: [
    [['←', '→'], `Événement précédent ou suivant (par lignes${_}: dans la même ligne)`],
    [['↑', '↓'], `Par lignes${_}: l’événement le plus proche dans la ligne du dessus ou du dessous`],
    [['Début', 'Fin'], `Premier ou dernier événement (par lignes${_}: de la ligne)`],
    [['Entrée', 'Espace'], 'Ouvrir les détails de l’événement'],
    [['Échap'], 'Fermer les détails'],
    [['+', '−'], 'Zoomer ou dézoomer autour de l’événement'],
    [['Maj', '+', '←', '→'], 'Reculer ou avancer dans le temps'],
    [['0'], 'Tout afficher'],
    [['Entrée'], `Dans la recherche${_}: le résultat suivant (avec Maj, le précédent)`],
  ],
  keysDown: [
    [['↑', '↓'], 'Événement précédent ou suivant, en remontant ou en descendant le temps'],
    [['Début', 'Fin'], 'Premier ou dernier événement'],
    [['Entrée', 'Espace'], 'Ouvrir les détails de l’événement'],
    [['Échap'], 'Fermer les détails'],
    [['+', '−'], 'Zoomer ou dézoomer autour de l’événement'],
    [['Maj', '+', '↑', '↓'], 'Reculer ou avancer dans le temps'],
    [['0'], 'Tout afficher'],
    [['Entrée'], `Dans la recherche${_}: le résultat suivant (avec Maj, le précédent)`],
  ],

  story: {
    slide: 'diapositive',
    slideOf: '{n} sur {count}',
    slideShown: `{n} sur {count}${_}: {title}`,
    hint: 'Parcourez les {events} avec Événement suivant, les flèches ou d’un glissement du doigt, ou choisissez-en un sur la frise ci-dessous.',
    keys: [
      [['←', '→'], `Sur la diapositive${_}: la précédente ou la suivante`],
      [['Début', 'Fin'], `Sur la diapositive${_}: la page de titre ou la dernière`],
    ],
  },
};
