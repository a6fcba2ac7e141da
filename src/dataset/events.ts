/**
 * The Sahel dataset's events: written in our own words, each cited by source and paragraph,
 * each date checked against the record (the reasoning is in each `note`).
 */
import type { SahelEvent } from './types.js';

/**
 * Every dated or datable event in the two source articles on Russia's growing
 * military role in Mali, Burkina Faso and the Central African Republic (see
 * `sources.ts`), checked against the historical record. This includes context
 * events the articles rely on, such as the invasion of Ukraine and the UN votes.
 *
 * Where an article's date differs from the record, `start` holds the
 * established date, `reportedDate` the article's wording, and `note` the
 * difference and a reference. Relative dates ("at the end of last year",
 * "earlier this year", "in recent days", "recently") are worked out from the
 * articles' dates: darnell.tv, 20 April 2022; Teller Report, 2-4 May 2022.
 * The reasoning is in each `note`.
 *
 * Each event also has its words in French, in `translations.fr` (see `localize`): title,
 * summary, reported date, note, place name, actors (one per actor, in the same order) and
 * media caption, written for French-speaking readers rather than word for word. The sources'
 * titles and quoted words stay as published.
 *
 * Sorted by `start`, then `end`, then `id`.
 */
export const events: readonly SahelEvent[] = [
  {
    id: 'hungary-joins-nato',
    title: 'Hungary joins NATO',
    summary:
      "Hungary became a member of NATO together with Poland and the Czech Republic, the first former Warsaw Pact states to join the alliance. The blog finds it ironic that a NATO member counts, in 2022, among Russia's few friends in Europe.",
    start: '1999-03-12',
    kind: 'point',
    category: 'context',
    countries: ['HU'],
    actors: ['Hungary', 'NATO', 'János Martonyi', 'Madeleine Albright'],
    place: { name: 'Truman Library, Independence, Missouri', lat: 39.1033, lon: -94.4208, precision: 'exact' },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 5, quote: 'who ironically is a member of NATO' },
    ],
    certainty: 'confirmed',
    note: "The article says Hungary is a member of NATO without dating its entry. Hungary, Poland and the Czech Republic joined on 12 March 1999, when their foreign ministers handed their instruments of accession to US Secretary of State Madeleine Albright at the Truman Library in Independence, Missouri (RFE/RL, 12 March 1999; American Forces Press Service, US Department of Defense, 16 March 1999). The irony the blog sees lies in Viktor Orbán's government keeping close ties with Moscow in 2022; that reading is the blog's own.",
    media: { url: 'https://en.wikipedia.org/wiki/Enlargement_of_NATO', caption: 'The enlargement of NATO: the Wikipedia article' },
    translations: {
      fr: {
        title: "La Hongrie entre dans l'OTAN",
        summary:
          "La Hongrie rejoint l'OTAN en même temps que la Pologne et la République tchèque, premiers anciens membres du pacte de Varsovie à intégrer l'Alliance. Le blog relève l'ironie de voir un pays membre de l'OTAN figurer, en 2022, parmi les rares amis de Moscou en Europe.",
        note:
          "L'article présente la Hongrie comme membre de l'OTAN sans dire depuis quand. La Hongrie, la Pologne et la République tchèque y sont entrées le 12 mars 1999 : ce jour-là, leurs ministres des Affaires étrangères ont remis leurs instruments d'adhésion à la secrétaire d'État américaine Madeleine Albright, à la bibliothèque Truman d'Independence, dans le Missouri (RFE/RL, 12 mars 1999 ; American Forces Press Service, département américain de la Défense, 16 mars 1999). L'ironie que relève le blog tient aux liens étroits que le gouvernement de Viktor Orbán entretient avec Moscou en 2022 ; cette lecture n'engage que le blog.",
        place: 'Bibliothèque Truman, Independence (Missouri)',
        actors: ['Hongrie', 'OTAN', 'János Martonyi', 'Madeleine Albright'],
        caption: "L'élargissement de l'OTAN : l'article de Wikipédia (en anglais)",
      },
    },
  },
  {
    id: 'northern-mali-falls-2012',
    title: 'Rebels, then jihadists, seize northern Mali',
    summary:
      "Tuareg rebels of the MNLA, fighting alongside jihadist groups, drove the Malian army out of the north, and the jihadists then pushed the rebels out of the main towns. This is the Islamist-held north that, in the article's words, French forces came to fight.",
    start: '2012-01-17',
    end: '2012-06-28',
    kind: 'span',
    category: 'context',
    countries: ['ML'],
    actors: ['National Movement for the Liberation of Azawad (MNLA)', 'Ansar Dine', 'Al-Qaeda in the Islamic Maghreb (AQIM)', 'Movement for Oneness and Jihad in West Africa (MUJAO)', 'Malian armed forces'],
    place: { name: 'Northern Mali', precision: 'region' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 12, quote: 'to help fight militant Islamists in the north of the country' },
    ],
    certainty: 'confirmed',
    note: 'The article mentions the Islamists in the north only as the reason French forces came. The MNLA\'s rebellion began with an attack on Ménaka on 17 January 2012 (some accounts give 16 January). Kidal, Gao and Timbuktu fell between 30 March and 1 April, and the MNLA declared Azawad independent on 6 April. By 28 June 2012, the jihadists of Ansar Dine, AQIM and MUJAO had driven the MNLA out of Gao and Timbuktu (Wikipedia, "Tuareg rebellion (2012)"; Bamada.net, "Les grandes dates de l\'envahissement jihadiste du Nord du Mali"). They held the north until the French intervention of January 2013. Meanwhile, on 22 March 2012, soldiers angered by the army\'s defeats had overthrown President Amadou Toumani Touré. These events of 2012 may explain the article\'s wrong year for the French arrival.',
    translations: {
      fr: {
        title: "Rebelles puis djihadistes s'emparent du nord du Mali",
        summary:
          "Les rebelles touareg du MNLA, épaulés par des groupes djihadistes, chassent l'armée malienne du nord du pays, avant que les djihadistes n'évincent à leur tour les rebelles des principales villes. C'est ce Nord aux mains des islamistes que les troupes françaises sont venues combattre, selon l'article.",
        note:
          "L'article n'évoque les islamistes du Nord que pour expliquer la venue des forces françaises. La rébellion du MNLA a commencé par l'attaque de Ménaka le 17 janvier 2012 (certains récits retiennent le 16). Kidal, Gao et Tombouctou sont tombées entre le 30 mars et le 1er avril, et le MNLA a proclamé l'indépendance de l'Azawad le 6 avril. Au 28 juin 2012, les djihadistes d'Ansar Dine, d'AQMI et du Mujao avaient chassé le MNLA de Gao et de Tombouctou (Wikipédia en anglais, « Tuareg rebellion (2012) » ; Bamada.net, « Les grandes dates de l'envahissement jihadiste du Nord du Mali »). Ils ont tenu le Nord jusqu'à l'intervention française de janvier 2013. Entre-temps, le 22 mars 2012, des militaires excédés par les revers de l'armée avaient renversé le président Amadou Toumani Touré. Ces événements de 2012 expliquent peut-être pourquoi l'article se trompe d'année sur l'arrivée des Français.",
        place: 'Nord du Mali',
        actors: [
          "Mouvement national de libération de l'Azawad (MNLA)",
          'Ansar Dine',
          'Al-Qaïda au Maghreb islamique (AQMI)',
          "Mouvement pour l'unicité et le jihad en Afrique de l'Ouest (Mujao)",
          'Forces armées maliennes (FAMa)',
        ],
      },
    },
  },
  {
    id: 'car-civil-war',
    title: 'Civil war in the Central African Republic',
    summary:
      'The Séléka, a mostly Muslim rebel coalition, launched an offensive that brought it to power in Bangui in March 2013, and mostly Christian anti-balaka militias rose against it. Both articles refer to this long war, in which Russia and Wagner later backed the government.',
    start: '2012-12-10',
    kind: 'ongoing',
    category: 'context',
    countries: ['CF'],
    actors: ['Séléka', 'Anti-balaka militias', 'Government of the Central African Republic', 'François Bozizé', 'Michel Djotodia'],
    place: { name: 'Central African Republic', precision: 'country' },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 10, quote: 'waging war against violent religious extremists' },
      { source: 'teller-mali-2022', paragraph: 28, quote: 'tenacious conflicts like in the Central African Republic' },
    ],
    certainty: 'confirmed',
    note: 'Neither article dates the conflict. The Séléka began its offensive on 10 December 2012 and seized Bangui on 24 March 2013, when President François Bozizé fled and Michel Djotodia declared himself president (Wikipedia, "Central African Republic Civil War"; African Union, MISCA, "2012 to present"). Anti-balaka militias then fought the Séléka. The war was still going on when both articles were written, hence "ongoing". The blog\'s "violent religious extremists from both Christians & Muslims" is its own reading of a conflict that also has political and ethnic roots.',
    translations: {
      fr: {
        title: 'La guerre civile en Centrafrique',
        summary:
          'La Séléka, coalition rebelle à dominante musulmane, lance une offensive qui la porte au pouvoir à Bangui en mars 2013, avant que des milices anti-balaka, majoritairement chrétiennes, ne se soulèvent contre elle. Les deux articles évoquent cette guerre au long cours, dans laquelle la Russie et Wagner viendront plus tard épauler le gouvernement.',
        note:
          "Aucun des deux articles ne date le conflit. La Séléka a lancé son offensive le 10 décembre 2012 et pris Bangui le 24 mars 2013 ; le président François Bozizé s'est alors enfui et Michel Djotodia s'est proclamé président (Wikipédia en anglais, « Central African Republic Civil War » ; Union africaine, Misca, « 2012 to present »). Les milices anti-balaka ont ensuite combattu la Séléka. La guerre durait encore quand les deux articles ont été écrits : elle figure donc comme toujours en cours. Quand le blog parle d'« extrémistes religieux violents, chrétiens comme musulmans », c'est sa propre lecture d'un conflit qui a aussi des racines politiques et ethniques.",
        place: 'République centrafricaine',
        actors: ['Séléka', 'Milices anti-balaka', 'Gouvernement centrafricain', 'François Bozizé', 'Michel Djotodia'],
      },
    },
  },
  {
    id: 'french-intervention-serval',
    title: 'France launches Operation Serval in Mali',
    summary:
      'French troops intervened in Mali to stop an Islamist advance from the north towards the centre and south of the country. The article says they were warmly welcomed at first.',
    start: '2013-01-11',
    kind: 'point',
    category: 'military',
    importance: 2,
    countries: ['FR', 'ML'],
    actors: ['France', 'French armed forces', 'Malian interim authorities'],
    place: { name: 'Mali', precision: 'country' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 12, quote: 'French forces arrived in Mali in 2012' },
    ],
    certainty: 'confirmed',
    reportedDate: '2012',
    note: 'The article puts the French arrival in 2012, but the record contradicts it. France launched Operation Serval on 11 January 2013, at the request of Mali\'s interim authorities and after UN Security Council Resolution 2085 of 20 December 2012 (Wikipedia, "Operation Serval", https://en.wikipedia.org/wiki/Operation_Serval; Sheehan and Siegel, "Operation Serval: a swift intervention with a small footprint"). 2012 was the year of the northern rebellion and of the Bamako coup, which may explain the slip.',
    media: { url: 'https://en.wikipedia.org/wiki/Operation_Serval', caption: 'Operation Serval: the Wikipedia article' },
    translations: {
      fr: {
        title: "La France lance l'opération Serval au Mali",
        summary:
          "Les troupes françaises interviennent au Mali pour stopper l'offensive des groupes islamistes qui, depuis le Nord, descendaient vers le centre et le sud du pays. Selon l'article, elles sont d'abord accueillies à bras ouverts.",
        reportedDate: "2012 selon l'article",
        note:
          "L'article situe l'arrivée des Français en 2012, ce que les faits démentent. La France a lancé l'opération Serval le 11 janvier 2013, à la demande des autorités intérimaires maliennes et après la résolution 2085 du Conseil de sécurité de l'ONU, du 20 décembre 2012 (Wikipédia en anglais, « Operation Serval », https://en.wikipedia.org/wiki/Operation_Serval ; Sheehan et Siegel, « Operation Serval: a swift intervention with a small footprint »). 2012 est l'année de la rébellion dans le Nord et du putsch de Bamako, ce qui peut expliquer l'erreur.",
        place: 'Mali',
        actors: ['France', 'Forces armées françaises', 'Autorités intérimaires maliennes'],
        caption: "L'opération Serval : l'article de Wikipédia (en anglais)",
      },
    },
  },
  {
    id: 'french-military-presence-mali',
    title: 'French military presence in Mali (Serval, then Barkhane)',
    summary:
      'French forces stayed in Mali for about nine and a half years, first under Operation Serval and from August 2014 under the region-wide Operation Barkhane. The article argues that, with no end to jihadist violence, many Malians came to see them as occupiers.',
    start: '2013-01-11',
    end: '2022-08-15',
    kind: 'span',
    category: 'military',
    countries: ['FR', 'ML'],
    actors: ['French armed forces', 'Operation Serval', 'Operation Barkhane'],
    place: { name: 'Mali', precision: 'country' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 13, quote: 'after years of French military service' },
      { source: 'teller-mali-2022', paragraph: 14, quote: 'the French failure to curb jihadist violence' },
    ],
    certainty: 'confirmed',
    note: 'The article does not date the period. Serval ran from 11 January 2013 to 15 July 2014, and Barkhane replaced it on 1 August 2014 (Wikipedia, "Operation Serval"). Macron announced the withdrawal from Mali on 17 February 2022. The last Barkhane unit crossed into Niger on 15 August 2022 (RFI; French armed forces statement reported by Tribune Online, 16 August 2022). The end date is later than both articles.',
    translations: {
      fr: {
        title: 'Les forces françaises au Mali, de Serval à Barkhane',
        summary:
          "L'armée française reste près de neuf ans et demi au Mali : d'abord avec Serval, puis, à partir d'août 2014, avec Barkhane, étendue à tout le Sahel. Faute de voir reculer la violence djihadiste, de plus en plus de Maliens finissent par y voir une force d'occupation, estime l'article.",
        note:
          "L'article ne date pas cette période. Serval a duré du 11 janvier 2013 au 15 juillet 2014, et Barkhane a pris le relais le 1er août 2014 (Wikipédia en anglais, « Operation Serval »). Emmanuel Macron a annoncé le retrait du Mali le 17 février 2022. Le dernier détachement de Barkhane a franchi la frontière nigérienne le 15 août 2022 (RFI ; communiqué de l'état-major des armées françaises repris par Tribune Online, 16 août 2022). Cette date de fin est postérieure aux deux articles.",
        place: 'Mali',
        actors: ['Forces armées françaises', 'Opération Serval', 'Opération Barkhane'],
      },
    },
  },
  {
    id: 'russia-africa-military-agreements',
    title: 'Russia signs military cooperation deals across Africa',
    summary:
      'From 2015 Russia concluded military cooperation agreements with a large number of African governments. The article puts the number at 20 countries.',
    start: '2015',
    end: '2022',
    kind: 'span',
    category: 'diplomacy',
    countries: ['RU'],
    actors: ['Russia', 'African governments'],
    sources: [
      {
        source: 'teller-mali-2022',
        paragraph: 9,
        quote: 'Since 2015, Russia has signed military cooperation agreements',
      },
    ],
    certainty: 'reported',
    note: 'The span runs from 2015, as the article says, to the time of writing (May 2022). The record gives no fixed count. A 2018 report gave 19 agreements with sub-Saharan states (BRICS Journal, "Russia signs 19 military cooperation deals in sub-Sahara Africa"). Bild (4 August 2020), citing German Foreign Office documents, gave 21 African countries since 2015, against four before (reported by Defense Mirror). The article\'s "20" lies between these figures.',
    translations: {
      fr: {
        title: 'Moscou multiplie les accords militaires en Afrique',
        summary:
          "À partir de 2015, la Russie signe des accords de coopération militaire avec de nombreux gouvernements africains, une vingtaine selon l'article.",
        note:
          "La période va de 2015, comme le dit l'article, jusqu'à sa rédaction (mai 2022). Aucun décompte ne fait foi. Un rapport de 2018 recensait 19 accords avec des États d'Afrique subsaharienne (BRICS Journal, « Russia signs 19 military cooperation deals in sub-Sahara Africa »). Le quotidien allemand Bild (4 août 2020), s'appuyant sur des documents du ministère allemand des Affaires étrangères, évoquait 21 pays africains depuis 2015, contre quatre auparavant (repris par Defense Mirror). Le chiffre de 20 avancé par l'article se situe entre les deux.",
        actors: ['Russie', 'Gouvernements africains'],
      },
    },
  },
  {
    id: 'burkina-faso-jihadist-insurgency',
    title: 'Jihadist insurgency in Burkina Faso',
    summary:
      "From 2015, armed groups linked to al-Qaeda and later to the Islamic State carried the Sahel's jihadist war from Mali into Burkina Faso, first in the north and then in the east. By March 2022 the violence had killed thousands of people and displaced more than 1.8 million. The blog sets this war beside Mali's, and the officers who seized power in January 2022 blamed the worsening insecurity and President Kaboré's failure to deal with it.",
    start: '2015-04-04',
    kind: 'ongoing',
    category: 'context',
    countries: ['BF'],
    actors: [
      'Burkinabè defence and security forces',
      'Ansarul Islam',
      'Group for the Support of Islam and Muslims (JNIM)',
      'Islamic State in the Greater Sahara (ISGS)',
      'Al-Mourabitoun',
    ],
    place: { name: 'Burkina Faso', precision: 'country' },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 9, quote: 'is fighting a war against violent religious extremism' },
      { source: 'darnell-burkina-2022', paragraph: 8, quote: 'countering jihadi movements active in the region' },
    ],
    certainty: 'confirmed',
    note: 'The blog does not date the war. The record places its start in 2015, but sources count from different incidents. AFP treats as the country\'s first jihadist attack the kidnapping of a Romanian security officer at the Tambao manganese mine, in the north, on Saturday 4 April 2015 (Libération, Casablanca, May 2015; AFP factsheet relayed by African Insider). Al-Mourabitoun claimed the kidnapping in May (Reuters, 19 May 2015). Wikipedia ("Islamist insurgency in Burkina Faso") starts the insurgency instead with the attack on the Oursi gendarmerie post, Oudalan province, on the evening of 23 August 2015, in which a gendarme was fatally wounded (RFI, 25 August 2015; Sidwaya, 25 August 2015). The start given here is the earlier date. Human Rights Watch dates the home-grown group Ansaroul Islam to 2016 ("We Found Their Bodies Later That Day", 22 March 2019). Attacks reached Ouagadougou in January 2016 and spread across the north and east. On 31 March 2022 the national relief council CONASUR counted 1,850,293 internally displaced people (Kaceto.net; Ouestaf, June 2022). The war is the background of the coup. The attack on the Inata gendarmerie post on 14 November 2021 killed 53 people, 49 of them gendarmes (official toll, Ouaga24, 17 November 2021), and fed public anger. On 24 January 2022, the MPSR\'s statement on national television gave the worsening security situation and Kaboré\'s inability to unite the country against it as the reason for removing him (Xibaaru and L\'Ndjam Post, 24 January 2022). The war was still going on when the blog was written, hence "ongoing".',
    translations: {
      fr: {
        title: "L'insurrection djihadiste au Burkina Faso",
        summary:
          "À partir de 2015, des groupes armés liés à Al-Qaïda, puis à l'État islamique, étendent au Burkina Faso la guerre djihadiste partie du Mali, d'abord dans le Nord, puis dans l'Est. En mars 2022, les violences ont déjà fait des milliers de morts et plus de 1,8 million de déplacés. Le blog met cette guerre en regard de celle du Mali ; les officiers qui prennent le pouvoir en janvier 2022 invoquent la dégradation de la sécurité et l'impuissance du président Kaboré.",
        note: "Le blog ne date pas cette guerre. Elle commence en 2015, mais les sources ne la font pas partir du même incident. Pour l'AFP, la première attaque djihadiste au Burkina Faso est l'enlèvement d'un agent de sécurité roumain à la mine de manganèse de Tambao, dans le Nord, le samedi 4 avril 2015 (Libération, Casablanca, mai 2015 ; fiche de l'AFP reprise par African Insider). Al-Mourabitoune l'a revendiqué en mai (Reuters, 19 mai 2015). Wikipédia (« Islamist insurgency in Burkina Faso ») fait plutôt débuter l'insurrection avec l'attaque de la brigade de gendarmerie d'Oursi, dans l'Oudalan, le 23 août 2015 au soir, au cours de laquelle un gendarme a été mortellement blessé (RFI, 25 août 2015 ; Sidwaya, 25 août 2015). La date retenue ici est la plus ancienne. Human Rights Watch date de 2016 l'apparition du groupe burkinabè Ansaroul Islam (« We Found Their Bodies Later That Day », 22 mars 2019). Les attaques ont touché Ouagadougou dès janvier 2016, puis se sont étendues au Nord et à l'Est. Au 31 mars 2022, le Conseil national de secours d'urgence et de réhabilitation (CONASUR) recensait 1 850 293 personnes déplacées internes (Kaceto.net ; Ouestaf, juin 2022). Cette guerre est la toile de fond du putsch. L'attaque du détachement de gendarmerie d'Inata, le 14 novembre 2021, a fait 53 morts, dont 49 gendarmes (bilan officiel, Ouaga24, 17 novembre 2021), et a attisé la colère de l'opinion. Le 24 janvier 2022, dans sa déclaration lue à la télévision nationale, le MPSR a justifié la destitution de Roch Marc Christian Kaboré par la dégradation de la situation sécuritaire et l'incapacité du président à unir le pays pour y faire face (Xibaaru et L'Ndjam Post, 24 janvier 2022). La guerre se poursuivait quand le blog a été écrit ; l'événement est donc présenté comme toujours en cours.",
        place: 'Burkina Faso',
        actors: [
          'Forces de défense et de sécurité burkinabè',
          'Ansaroul Islam',
          "Groupe de soutien à l'islam et aux musulmans (GSIM/JNIM)",
          'État islamique au Grand Sahara (EIGS)',
          'Al-Mourabitoune',
        ],
      },
    },
  },
  {
    id: 'russia-backs-bashir-sudan',
    title: 'Russia courts Sudan\'s Omar al-Bashir',
    summary:
      'On his first visit to Russia, Sudan\'s President Omar al-Bashir asked Vladimir Putin for protection from the United States and secured Russian help to modernise his army. The article gives Bashir as an example of the dictators Russia backs. His own army removed him in April 2019.',
    start: '2017-11-23',
    end: '2019-04-11',
    kind: 'span',
    category: 'diplomacy',
    countries: ['SD', 'RU'],
    actors: ['Omar al-Bashir', 'Vladimir Putin', 'Sergei Shoigu', 'Russia', 'Sudan'],
    sources: [
      { source: 'teller-mali-2022', paragraph: 28, quote: 'supporting dictators, like Bashir in Sudan' },
    ],
    certainty: 'confirmed',
    note: 'The article gives no date. The span runs from Bashir\'s meeting with Putin in Sochi on 23 November 2017 (AP via Federal News Radio, 23 November 2017) to his removal in a military coup on 11 April 2019 (Wikipedia, "2019 Sudanese coup d\'état"). A 2017 video reportedly showed fighters of a Russian private military company training Sudanese soldiers (UAWire); that claim was not checked further.',
    translations: {
      fr: {
        title: "Moscou se rapproche d'Omar el-Béchir au Soudan",
        summary:
          "Lors de sa première visite en Russie, le président soudanais Omar el-Béchir demande à Vladimir Poutine de le protéger des États-Unis et obtient l'aide de Moscou pour moderniser son armée. L'article le range parmi les dictateurs soutenus par le Kremlin. Sa propre armée le renverse en avril 2019.",
        note:
          "L'article ne donne aucune date. La période va de la rencontre entre Omar el-Béchir et Vladimir Poutine à Sotchi, le 23 novembre 2017 (AP, repris par Federal News Radio, 23 novembre 2017), à son renversement par un coup d'État militaire le 11 avril 2019 (Wikipédia en anglais, « 2019 Sudanese coup d'état »). Une vidéo de 2017 montrerait des combattants d'une société militaire privée russe en train d'entraîner des soldats soudanais (UAWire) ; cette affirmation n'a pas été vérifiée plus avant.",
        actors: ['Omar el-Béchir', 'Vladimir Poutine', 'Sergueï Choïgou', 'Russie', 'Soudan'],
      },
    },
  },
  {
    id: 'russian-security-adviser-car',
    title: 'Valery Zakharov, Russian security adviser to CAR\'s president',
    summary:
      'Valery Zakharov, a Russian former security-service officer, served as national security adviser to President Faustin-Archange Touadéra and had an office in the presidency. The article describes the CAR government as leaning on a Russian adviser for national security.',
    start: '2018',
    end: '2021-06',
    kind: 'span',
    category: 'politics',
    countries: ['CF', 'RU'],
    actors: ['Valery Zakharov', 'Faustin-Archange Touadéra'],
    place: { name: 'Bangui', lat: 4.3947, lon: 18.5582, precision: 'town' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 28, quote: 'a Russian National Security Adviser' },
    ],
    certainty: 'reported',
    note: 'The article (May 2022) uses the present tense and names no one. Zakharov held the post by 2018, when he negotiated with armed-group leaders (The Africa Report, "CAR: Who are President Touadéra\'s Russian guardian angels?"). The month he took up the post is not established. According to Africa Intelligence, as relayed by Le Tsunami (letsunami.net), he left the CAR in June 2021. This check found no Russian successor in the post, so the article\'s present tense looks out of date.',
    translations: {
      fr: {
        title: 'Valeri Zakharov, conseiller russe à la sécurité du président centrafricain',
        summary:
          "Ancien officier des services de sécurité russes, Valeri Zakharov est le conseiller à la sécurité nationale du président Faustin-Archange Touadéra et dispose d'un bureau à la présidence. L'article décrit un pouvoir centrafricain qui s'en remet à un conseiller russe pour sa sécurité.",
        note:
          "L'article (mai 2022) emploie le présent et ne nomme personne. Zakharov occupait déjà le poste en 2018, quand il négociait avec des chefs de groupes armés (The Africa Report, « CAR: Who are President Touadéra's Russian guardian angels? »). Le mois de sa prise de fonctions n'est pas établi. Selon Africa Intelligence, cité par Le Tsunami (letsunami.net), il a quitté la Centrafrique en juin 2021. Nos recherches n'ont trouvé aucun successeur russe à ce poste : le présent de l'article paraît donc dépassé.",
        place: 'Bangui',
        actors: ['Valeri Zakharov', 'Faustin-Archange Touadéra'],
      },
    },
  },
  {
    id: 'russian-instructors-wagner-car',
    title: 'Russian "instructors" and Wagner deploy to CAR',
    summary:
      'Russia sent military trainers to the Central African Republic in 2018 after obtaining an exemption from the UN arms embargo. Witnesses, NGOs and UN experts identify many of them as Wagner Group personnel. Both articles present Wagner as Russia\'s military foothold in the country.',
    start: '2018',
    kind: 'ongoing',
    category: 'military',
    importance: 1,
    countries: ['CF', 'RU'],
    actors: [
      'Wagner Group',
      'Russia',
      'Government of the Central African Republic',
      'Faustin-Archange Touadéra',
    ],
    place: { name: 'Central African Republic', precision: 'country' },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 10, quote: 'via the Russian mercenary Wagner Group' },
      {
        source: 'teller-mali-2022',
        paragraph: 28,
        quote: 'tenacious conflicts like in the Central African Republic',
      },
    ],
    certainty: 'disputed',
    note: 'Neither article dates this. Russia sent 175 trainers to the CAR in early 2018, after the UN sanctions committee exempted its arms donation (The News, 20 October 2018, citing Reuters). RFE/RL also says Moscow has kept a contingent there since 2018. The month is not established, so the date is given as a year. Moscow and Bangui call the personnel instructors, and only witnesses, NGOs and UN experts identify them as Wagner, hence "disputed". They were still present when both articles were written.',
    translations: {
      fr: {
        title: "Des « instructeurs » russes et Wagner s'installent en Centrafrique",
        summary:
          "En 2018, après avoir obtenu une dérogation à l'embargo de l'ONU sur les armes, la Russie envoie des formateurs militaires en Centrafrique. Témoins, ONG et experts onusiens reconnaissent dans nombre d'entre eux des hommes du groupe Wagner. Les deux articles font de Wagner le point d'appui militaire de Moscou dans le pays.",
        note:
          "Aucun des deux articles ne date ce déploiement. La Russie a envoyé 175 formateurs en Centrafrique début 2018, après que le comité des sanctions de l'ONU eut autorisé, par dérogation, son don d'armes (The News, 20 octobre 2018, citant Reuters). RFE/RL indique aussi que Moscou maintient un contingent sur place depuis 2018. Le mois n'étant pas établi, la date est donnée à l'année. Moscou et Bangui parlent d'instructeurs ; seuls des témoins, des ONG et des experts de l'ONU y reconnaissent des hommes de Wagner, d'où la mention « contesté ». Ils étaient toujours là quand les deux articles ont été écrits.",
        place: 'République centrafricaine',
        actors: ['Groupe Wagner', 'Russie', 'Gouvernement centrafricain', 'Faustin-Archange Touadéra'],
      },
    },
  },
  {
    id: 'pro-russian-flags-bamako',
    title: 'Pro-Russian flag-waving in Bamako after the coup',
    summary:
      'Russian flags and pro-Putin chants appeared at demonstrations in Bamako in the days after the August 2020 coup. According to the article, Western diplomats suspected that the display was staged, in the Kremlin\'s usual propaganda style.',
    start: '2020-08',
    kind: 'point',
    category: 'protest',
    countries: ['ML', 'RU'],
    actors: ['Supporters of the junta', 'Western diplomats (per the article)'],
    place: { name: 'Bamako', lat: 12.6392, lon: -8.0029, precision: 'town' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 2, quote: 'that flag-waving was extremely choreographed' },
    ],
    certainty: 'reported',
    note: 'The excerpt refers to "that flag-waving" without describing or dating it. Paragraph 1 places the incident shortly after the coup of August 2020. Reports from those days describe demonstrators chanting "Putin, Putin" and calling for cooperation with Russia at a weekend rally in Bamako (aBamako, as relayed by Pledge Times, 28 August 2020). Thousands rallied at Independence Square on 21 August 2020 (Press TV, Reuters photo caption). The exact day the article means is not established, so the date is given as a month. The article attributes the claim that the display was choreographed to Western diplomats; it is not verified.',
    translations: {
      fr: {
        title: 'Drapeaux russes dans les rues de Bamako après le putsch',
        summary:
          "Dans les jours qui suivent le coup d'État d'août 2020, des drapeaux russes et des slogans à la gloire de Vladimir Poutine fleurissent dans les manifestations à Bamako. D'après l'article, les diplomates occidentaux y voient une mise en scène dans la plus pure tradition de la propagande du Kremlin.",
        note:
          "L'extrait parle de « ces drapeaux agités » sans les décrire ni les dater. Le paragraphe 1 situe l'épisode peu après le coup d'État d'août 2020. Des comptes rendus de ces jours-là décrivent des manifestants scandant « Poutine, Poutine » et réclamant une coopération avec la Russie lors d'un rassemblement de fin de semaine à Bamako (aBamako, repris par Pledge Times, 28 août 2020). Des milliers de personnes se sont réunies place de l'Indépendance le 21 août 2020 (Press TV, légende d'une photo de Reuters). Le jour exact auquel pense l'article n'est pas établi ; la date est donc donnée au mois. L'article prête à des diplomates occidentaux l'idée d'une mise en scène ; elle n'est pas vérifiée.",
        place: 'Bamako',
        actors: ['Partisans de la junte', "Diplomates occidentaux (selon l'article)"],
      },
    },
  },
  {
    id: 'russian-ambassador-meets-junta',
    title: 'Russian ambassador is first diplomat received by the junta',
    summary:
      'Shortly after the coup, Russia\'s ambassador in Bamako, Igor Gromyko, was received by Mali\'s new military rulers ahead of other foreign diplomats. The Russian embassy said the contact concerned only the security of its staff.',
    start: '2020-08',
    kind: 'point',
    category: 'diplomacy',
    countries: ['ML', 'RU'],
    actors: [
      'Igor Gromyko',
      'National Committee for the Salvation of the People (CNSP)',
      'Assimi Goïta',
    ],
    place: { name: 'Bamako area, Mali', lat: 12.6392, lon: -8.0029, precision: 'region' },
    sources: [
      {
        source: 'teller-mali-2022',
        paragraph: 1,
        quote: 'Russia\'s ambassador became the first foreign diplomat',
      },
    ],
    certainty: 'reported',
    note: 'According to Financial Afrik (18 January 2022), the junta received ambassador Igor Gromyko in the first hours after the putsch, before any other diplomat posted in Bamako. RIA Novosti (relayed by ria24.today) quoted embassy spokesman Lev Matoshin as saying the meeting dealt only with the embassy\'s security. The day is not established, so the date is given as a month (August 2020, after the coup of 18 August). The "Pham" of paragraph 1 is not identified in the excerpt. He may be J. Peter Pham, former US special envoy for the Sahel, but this is unverified.',
    translations: {
      fr: {
        title: "L'ambassadeur de Russie, premier diplomate reçu par la junte",
        summary:
          "Peu après le putsch, l'ambassadeur russe à Bamako, Igor Gromyko, est reçu par les nouveaux maîtres militaires du pays avant tout autre diplomate étranger. L'ambassade assure que l'entretien portait uniquement sur la sécurité de son personnel.",
        note:
          "Selon Financial Afrik (18 janvier 2022), la junte a reçu l'ambassadeur Igor Gromyko dans les toutes premières heures après le putsch, avant tout autre diplomate en poste à Bamako. RIA Novosti (repris par ria24.today) cite le porte-parole de l'ambassade, Lev Matoshin, pour qui l'entretien portait uniquement sur la sécurité de l'ambassade. Le jour n'est pas établi ; la date est donc donnée au mois (août 2020, après le coup d'État du 18 août). Le « Pham » du paragraphe 1 n'est pas identifié dans l'extrait. Il pourrait s'agir de J. Peter Pham, ancien envoyé spécial des États-Unis pour le Sahel, mais rien ne le confirme.",
        place: 'Région de Bamako (Mali)',
        actors: ['Igor Gromyko', 'Comité national pour le salut du peuple (CNSP)', 'Assimi Goïta'],
      },
    },
  },
  {
    id: 'mali-coup-august-2020',
    title: 'Military coup topples Mali\'s President Keïta',
    summary:
      'Mutinous soldiers from the Kati camp detained President Ibrahim Boubacar Keïta and his prime minister, and Keïta announced his resignation that night. A junta, the CNSP, headed by Colonel Assimi Goïta, took power.',
    start: '2020-08-18',
    kind: 'point',
    category: 'politics',
    importance: 2,
    countries: ['ML'],
    actors: [
      'Malian armed forces',
      'National Committee for the Salvation of the People (CNSP)',
      'Assimi Goïta',
      'Ibrahim Boubacar Keïta',
      'Boubou Cissé',
    ],
    place: { name: 'Kati and Bamako, Mali', lat: 12.7467, lon: -8.0714, precision: 'region' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 1, quote: 'military coup in Mali in August 2020' },
      { source: 'teller-mali-2022', paragraph: 14, quote: 'the military junta took power in 2020' },
    ],
    certainty: 'confirmed',
    note: 'The article\'s "August 2020" matches the record. The mutiny began at the Kati base on the morning of 18 August 2020, and Keïta resigned shortly before midnight on state television (Al Jazeera live updates, 19 August 2020; Simple English Wikipedia, "2020 Malian coup d\'état"). A second coup in May 2021 made Goïta transitional president.',
    media: { url: 'https://en.wikipedia.org/wiki/2020_Malian_coup_d%27%C3%A9tat', caption: 'The 2020 Malian coup: the Wikipedia article' },
    translations: {
      fr: {
        title: "Coup d'État au Mali : le président Keïta renversé",
        summary:
          "Des soldats mutinés du camp de Kati arrêtent le président Ibrahim Boubacar Keïta et son Premier ministre ; dans la nuit, le chef de l'État annonce sa démission. Une junte, le CNSP, conduite par le colonel Assimi Goïta, prend le pouvoir.",
        note:
          "La date de l'article, « août 2020 », est exacte. La mutinerie a éclaté au camp de Kati le matin du 18 août 2020, et Ibrahim Boubacar Keïta a annoncé sa démission peu avant minuit à la télévision d'État (direct d'Al Jazeera, 19 août 2020 ; Simple English Wikipedia, « 2020 Malian coup d'état »). Un second coup d'État, en mai 2021, a fait d'Assimi Goïta le président de la transition.",
        place: 'Kati et Bamako (Mali)',
        actors: [
          'Forces armées maliennes (FAMa)',
          'Comité national pour le salut du peuple (CNSP)',
          'Assimi Goïta',
          'Ibrahim Boubacar Keïta',
          'Boubou Cissé',
        ],
        caption: "Le coup d'État de 2020 au Mali : l'article de Wikipédia (en anglais)",
      },
    },
  },
  {
    id: 'el-salvador-bitcoin-law',
    title: 'El Salvador makes bitcoin legal tender, a world first',
    summary:
      "El Salvador's parliament passed President Nayib Bukele's Bitcoin Law, and three months later bitcoin became legal tender beside the US dollar. The Central African Republic's law of April 2022 made it the second country to do so.",
    start: '2021-06-09',
    end: '2021-09-07',
    kind: 'span',
    category: 'economy',
    countries: ['SV'],
    actors: ['Nayib Bukele', 'Legislative Assembly of El Salvador'],
    place: { name: 'San Salvador', lat: 13.6929, lon: -89.2182, precision: 'town' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 29, quote: 'like the other country in the world' },
    ],
    certainty: 'confirmed',
    note: 'The article names only the Central African Republic, as the "second country in the world", which its translation garbles into "like the other country in the world". El Salvador was the first. The Legislative Assembly passed the Bitcoin Law by 62 votes of 84 late on Tuesday 8 June 2021, local time, which was already 9 June in UTC; reports give either day (AFP via Business Recorder, 10 June 2021; CoinDesk, 7 September 2021). The law came into force on 7 September 2021, when bitcoin became legal tender (CoinDesk; SlashGear, 7 September 2021).',
    translations: {
      fr: {
        title: 'Le Salvador, premier pays à faire du bitcoin une monnaie légale',
        summary:
          'Le Parlement salvadorien adopte la loi Bitcoin voulue par le président Nayib Bukele ; trois mois plus tard, le bitcoin a cours légal aux côtés du dollar américain. En avril 2022, la Centrafrique deviendra le deuxième pays à suivre cette voie.',
        note:
          "L'article ne cite que la Centrafrique, « deuxième pays au monde », formule que sa traduction déforme en « like the other country in the world ». Le Salvador avait été le premier. L'Assemblée législative a adopté la loi Bitcoin par 62 voix sur 84 tard dans la soirée du mardi 8 juin 2021, heure locale, soit déjà le 9 juin en temps universel ; selon les comptes rendus, c'est l'un ou l'autre jour (AFP, repris par Business Recorder, 10 juin 2021 ; CoinDesk, 7 septembre 2021). La loi est entrée en vigueur le 7 septembre 2021, date à laquelle le bitcoin a eu cours légal (CoinDesk ; SlashGear, 7 septembre 2021).",
        place: 'San Salvador',
        actors: ['Nayib Bukele', 'Assemblée législative du Salvador'],
      },
    },
  },
  {
    id: 'wagner-arrives-mali',
    title: 'Wagner Group deploys to Mali',
    summary:
      'Russian personnel that Western governments identify as Wagner Group mercenaries began deploying in Mali. A group of European governments and Canada condemned the deployment and Russia\'s material support for it. Mali\'s junta spoke only of Russian military instructors.',
    start: '2021-12',
    kind: 'point',
    category: 'military',
    importance: 2,
    countries: ['ML', 'RU'],
    actors: ['Wagner Group', 'Russia', 'Malian transitional authorities', 'European governments', 'Canada'],
    place: { name: 'Mali', precision: 'country' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 16, quote: 'the infamous Wagner group had come' },
      {
        source: 'teller-mali-2022',
        paragraph: 17,
        quote: 'relations between Mali and France have deteriorated rapidly',
      },
    ],
    certainty: 'disputed',
    reportedDate: 'At the end of last year',
    note: 'The article was written in early May 2022, so "the end of last year" means late 2021, and the record agrees. On 23 December 2021, European governments and Canada condemned "the deployment of mercenary troops" in Mali (joint statement, reported by UPI and Teller Report, 23-24 December 2021; reports count 15 or 16 signatories). BBC Monitoring (17 March 2022) dates the start of army operations with Wagner to December 2021. The exact day of arrival is unknown, so the date is given as a month. Mali denies hiring Wagner and speaks of Russian instructors, hence "disputed".',
    translations: {
      fr: {
        title: 'Le groupe Wagner se déploie au Mali',
        summary:
          "Des Russes que les gouvernements occidentaux identifient comme des mercenaires de Wagner commencent à se déployer au Mali. Une quinzaine de gouvernements européens et le Canada condamnent ce déploiement et le soutien matériel qu'y apporte Moscou. La junte, elle, ne parle que d'instructeurs militaires russes.",
        reportedDate: "« À la fin de l'année dernière » selon l'article, soit fin 2021",
        note:
          "L'article date du début de mai 2022 : « la fin de l'année dernière » renvoie donc à la fin de 2021, ce que confirment les faits. Le 23 décembre 2021, des gouvernements européens et le Canada ont condamné « le déploiement de troupes mercenaires » au Mali (déclaration commune, rapportée par UPI et Teller Report, 23-24 décembre 2021 ; 15 ou 16 signataires selon les sources). BBC Monitoring (17 mars 2022) fait remonter à décembre 2021 le début des opérations de l'armée malienne avec Wagner. Le jour exact de l'arrivée est inconnu ; la date est donc donnée au mois. Le Mali nie avoir recruté Wagner et parle d'instructeurs russes, d'où la mention « contesté ».",
        place: 'Mali',
        actors: ['Groupe Wagner', 'Russie', 'Autorités de transition maliennes', 'Gouvernements européens', 'Canada'],
      },
    },
  },
  {
    id: 'ecowas-sanctions-mali',
    title: 'ECOWAS imposes sweeping sanctions on Mali',
    summary:
      'After the junta proposed to stay in power for several more years, ECOWAS closed its members\' borders with Mali, froze Malian state assets and suspended most trade. The EU added targeted sanctions on five officials in February. The article describes Mali as cut off by sanctions from European and North American powers.',
    start: '2022-01-09',
    end: '2022-07-03',
    kind: 'span',
    category: 'economy',
    countries: ['ML'],
    actors: ['ECOWAS', 'European Union', 'Malian transitional authorities'],
    place: { name: 'Mali', precision: 'country' },
    sources: [
      {
        source: 'darnell-burkina-2022',
        paragraph: 6,
        quote: 'isolated from European & North American powers',
      },
    ],
    certainty: 'confirmed',
    note: 'The article does not date the sanctions. The broad economic sanctions came from West African states. ECOWAS decided them at its Accra summit on 9 January 2022 (APA News; Crisis24, 10 February 2022) and lifted them on 3 July 2022, keeping individual sanctions (Al Jazeera report relayed by godudunews). The EU imposed travel bans and asset freezes on five junta figures on 4 February 2022 (France 24, 4 February 2022). The article therefore overstates the Western role when it blames Mali\'s isolation on "European & North American powers": the broad sanctions were regional and African.',
    translations: {
      fr: {
        title: 'La Cédéao frappe le Mali de lourdes sanctions',
        summary:
          "La junte ayant proposé de rester au pouvoir plusieurs années encore, la Cédéao ferme les frontières de ses États membres avec le Mali, gèle les avoirs de l'État malien et suspend l'essentiel des échanges. L'Union européenne ajoute en février des sanctions ciblées contre cinq responsables. Pour l'article, le Mali est isolé par les sanctions des puissances européennes et nord-américaines.",
        note:
          "L'article ne date pas les sanctions. Les sanctions économiques générales sont venues des États d'Afrique de l'Ouest : la Cédéao les a décidées à son sommet d'Accra, le 9 janvier 2022 (APA News ; Crisis24, 10 février 2022), puis levées le 3 juillet 2022, en maintenant des sanctions individuelles (reportage d'Al Jazeera relayé par godudunews). L'UE a imposé le 4 février 2022 des interdictions de voyager et des gels d'avoirs à cinq figures de la junte (France 24, 4 février 2022). L'article exagère donc le rôle de l'Occident en imputant l'isolement du Mali aux « puissances européennes et nord-américaines » : les sanctions générales étaient régionales et africaines.",
        place: 'Mali',
        actors: ['Cédéao', 'Union européenne', 'Autorités de transition maliennes'],
      },
    },
  },
  {
    id: 'burkina-faso-coup-january-2022',
    title: 'Military coup in Burkina Faso brings Damiba to power',
    summary:
      'Soldiers detained President Roch Marc Christian Kaboré and announced his removal, installing a junta, the MPSR, led by Lieutenant-Colonel Paul-Henri Sandaogo Damiba. This is the "new government" that the Ouagadougou demonstrators addressed in March 2022.',
    start: '2022-01-23',
    end: '2022-01-24',
    kind: 'span',
    category: 'context',
    importance: 1,
    countries: ['BF'],
    actors: [
      'Patriotic Movement for Safeguard and Restoration (MPSR)',
      'Paul-Henri Sandaogo Damiba',
      'Roch Marc Christian Kaboré',
    ],
    place: { name: 'Ouagadougou', lat: 12.3714, lon: -1.5197, precision: 'town' },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 8, quote: 'asking the new government to develop' },
    ],
    certainty: 'confirmed',
    note: 'The article says only "the new government". The mutiny began on 23 January 2022, and the military announced Kaboré\'s removal on 24 January (Wikipedia, "January 2022 Burkina Faso coup d\'état"; VOA Afrique, 25 January 2022). Damiba was himself overthrown on 30 September 2022, after the article.',
    media: { url: 'https://en.wikipedia.org/wiki/January_2022_Burkina_Faso_coup_d%27%C3%A9tat', caption: 'The January 2022 coup in Burkina Faso: the Wikipedia article' },
    translations: {
      fr: {
        title: 'Au Burkina Faso, un putsch porte Damiba au pouvoir',
        summary:
          "Des militaires arrêtent le président Roch Marc Christian Kaboré et annoncent sa destitution ; une junte, le MPSR, dirigée par le lieutenant-colonel Paul-Henri Sandaogo Damiba, prend les commandes. C'est à ce « nouveau gouvernement » que s'adressent les manifestants de Ouagadougou en mars 2022.",
        note:
          "L'article parle seulement du « nouveau gouvernement ». La mutinerie a commencé le 23 janvier 2022, et les militaires ont annoncé la destitution de Roch Marc Christian Kaboré le 24 janvier (Wikipédia en anglais, « January 2022 Burkina Faso coup d'état » ; VOA Afrique, 25 janvier 2022). Damiba a lui-même été renversé le 30 septembre 2022, après la parution de l'article.",
        place: 'Ouagadougou',
        actors: ['Mouvement patriotique pour la sauvegarde et la restauration (MPSR)', 'Paul-Henri Sandaogo Damiba', 'Roch Marc Christian Kaboré'],
        caption: "Le coup d'État de janvier 2022 au Burkina Faso : l'article de Wikipédia (en anglais)",
      },
    },
  },
  {
    id: 'mali-expels-french-ambassador',
    title: 'Mali expels the French ambassador',
    summary:
      'Mali\'s junta gave France\'s ambassador, Joël Meyer, 72 hours to leave the country after French ministers called it illegitimate and "out of control". It was one of the steps by which relations between Bamako and Paris broke down after Wagner\'s arrival.',
    start: '2022-01-31',
    kind: 'point',
    category: 'diplomacy',
    countries: ['ML', 'FR'],
    actors: ['Malian transitional government', 'Joël Meyer', 'Jean-Yves Le Drian', 'Florence Parly'],
    place: { name: 'Bamako', lat: 12.6392, lon: -8.0029, precision: 'town' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 17, quote: 'relations between Mali and France have deteriorated rapidly' },
    ],
    certainty: 'confirmed',
    note: 'The article says only that relations "deteriorated rapidly" after Wagner came. On Monday 31 January 2022, Mali\'s government summoned ambassador Joël Meyer and gave him 72 hours to leave, citing "hostile and outrageous" remarks by French ministers. On 28 January, Foreign Minister Jean-Yves Le Drian had called the junta "out of control" and illegitimate, and Defence Minister Florence Parly had questioned its legitimacy (government statement read on state television, reported by Reuters via The Lawyer\'s Daily and by Sputnik via UrduPoint, 31 January 2022).',
    translations: {
      fr: {
        title: "Le Mali expulse l'ambassadeur de France",
        summary:
          "La junte malienne donne 72 heures à l'ambassadeur de France, Joël Meyer, pour quitter le pays, après que des ministres français l'ont jugée illégitime et « hors de contrôle ». Une étape de plus dans la dégradation des relations entre Bamako et Paris depuis l'arrivée de Wagner.",
        note:
          "L'article dit seulement que les relations se sont « rapidement dégradées » après l'arrivée de Wagner. Le lundi 31 janvier 2022, le gouvernement malien a convoqué l'ambassadeur Joël Meyer et lui a donné 72 heures pour partir, en invoquant des propos « hostiles et outrageants » de ministres français. Le 28 janvier, le ministre des Affaires étrangères, Jean-Yves Le Drian, avait qualifié la junte d'illégitime et de « hors de contrôle », et la ministre des Armées, Florence Parly, avait mis en cause sa légitimité (communiqué du gouvernement lu à la télévision d'État, rapporté par Reuters via The Lawyer's Daily et par Sputnik via UrduPoint, 31 janvier 2022).",
        place: 'Bamako',
        actors: ['Gouvernement de transition malien', 'Joël Meyer', 'Jean-Yves Le Drian', 'Florence Parly'],
      },
    },
  },
  {
    id: 'france-announces-withdrawal-mali',
    title: 'France announces its troops will leave Mali',
    summary:
      "Emmanuel Macron announced that the French Barkhane force and the European Takuba task force would leave Mali, saying France no longer shared the junta's strategy and goals, while staying in neighbouring countries. The withdrawal ended more than nine years of French military presence in Mali.",
    start: '2022-02-17',
    kind: 'point',
    category: 'military',
    importance: 1,
    countries: ['FR', 'ML'],
    actors: ['Emmanuel Macron', 'France', 'Takuba Task Force', 'Canada', 'Malian transitional government'],
    place: { name: 'Élysée Palace, Paris', lat: 48.8704, lon: 2.3167, precision: 'exact' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 13, quote: 'after years of French military service' },
      { source: 'teller-mali-2022', paragraph: 17, quote: 'relations between Mali and France have deteriorated rapidly' },
    ],
    certainty: 'confirmed',
    note: 'The article does not mention the announcement, but it follows from the breakdown it describes. On Thursday 17 February 2022, France, its European partners in Takuba and Canada said in a joint statement that "the political, operational and legal conditions" for staying were no longer met, and Macron presented the decision at the Élysée (AP and EFE, 17 February 2022; Africa24). The next day, Mali\'s government asked for the withdrawal "without delay" (Neema Media, 18 February 2022). The last French unit left Mali on 15 August 2022.',
    translations: {
      fr: {
        title: 'La France annonce le retrait de ses troupes du Mali',
        summary:
          'Emmanuel Macron annonce le départ du Mali de la force française Barkhane et de la task force européenne Takuba, la France ne partageant plus la stratégie ni les objectifs de la junte, tout en maintenant une présence militaire dans les pays voisins. Ce retrait met fin à plus de neuf années de présence militaire française dans le pays.',
        note:
          "L'article ne parle pas de cette annonce, mais elle découle de la rupture qu'il décrit. Le jeudi 17 février 2022, dans une déclaration conjointe, la France, ses partenaires européens de Takuba et le Canada ont estimé que « les conditions politiques, opérationnelles et juridiques » n'étaient plus réunies pour rester, et Emmanuel Macron a présenté la décision à l'Élysée (AP et EFE, 17 février 2022 ; Africa24). Le lendemain, le gouvernement malien a exigé un retrait « sans délai » (Neema Media, 18 février 2022). La dernière unité française a quitté le Mali le 15 août 2022.",
        place: "Palais de l'Élysée, Paris",
        actors: ['Emmanuel Macron', 'France', 'Task force Takuba', 'Canada', 'Gouvernement de transition malien'],
      },
    },
  },
  {
    id: 'western-sanctions-russia',
    title: 'Western sanctions on Russia',
    summary:
      'The European Union, the United States and the United Kingdom began sanctioning Russia when it recognised the separatist "republics" of eastern Ukraine, and widened the sanctions after the invasion. The blog sees most of Europe united against Russia economically, and the other article mentions experts who see the CAR\'s bitcoin law as a way round these sanctions.',
    start: '2022-02-22',
    kind: 'ongoing',
    category: 'economy',
    countries: ['RU'],
    actors: ['European Union', 'United States', 'United Kingdom', 'Russia'],
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 5, quote: 'politically, militarily & economically' },
      { source: 'teller-mali-2022', paragraph: 30, quote: 'the sanctions against Russia' },
    ],
    certainty: 'confirmed',
    note: 'Neither article dates the sanctions. Russia recognised the Donetsk and Luhansk "republics" on 21 February 2022. On 22 February, President Biden announced a "first tranche" of US sanctions (VEB, Promsvyazbank, Russian sovereign debt), Boris Johnson announced British sanctions on five banks and three businessmen, and EU ministers agreed a first package, which the EU Council adopted on 23 February (RFE/RL, 22 February 2022; Retail Banker International, 23 February 2022; EU Council statement reported by Europe Diplomatic, 23 February 2022). After the invasion the EU froze the assets of Vladimir Putin and Sergei Lavrov on 25 February. The sanctions were still in force when both articles were written, hence "ongoing".',
    translations: {
      fr: {
        title: 'Les sanctions occidentales contre la Russie',
        summary:
          "L'Union européenne, les États-Unis et le Royaume-Uni commencent à sanctionner la Russie après sa reconnaissance des « républiques » séparatistes de l'est de l'Ukraine, puis durcissent les mesures après l'invasion. Le blog y voit une Europe unie contre Moscou sur le plan économique ; l'autre article cite des experts pour qui la loi centrafricaine sur le bitcoin permettrait de contourner ces sanctions.",
        note:
          "Aucun des deux articles ne date ces sanctions. La Russie a reconnu les « républiques » de Donetsk et de Louhansk le 21 février 2022. Le 22 février, le président Joe Biden a annoncé une « première tranche » de sanctions américaines (VEB, Promsvyazbank, dette souveraine russe), Boris Johnson des sanctions britanniques contre cinq banques et trois hommes d'affaires, et les ministres de l'UE se sont entendus sur un premier train de mesures, adopté par le Conseil de l'UE le 23 février (RFE/RL, 22 février 2022 ; Retail Banker International, 23 février 2022 ; communiqué du Conseil de l'UE repris par Europe Diplomatic, 23 février 2022). Après l'invasion, l'UE a gelé le 25 février les avoirs de Vladimir Poutine et de Sergueï Lavrov. Les sanctions étaient toujours en vigueur quand les deux articles ont été écrits ; l'événement est donc présenté comme toujours en cours.",
        actors: ['Union européenne', 'États-Unis', 'Royaume-Uni', 'Russie'],
      },
    },
  },
  {
    id: 'belarus-launchpad-invasion',
    title: 'Russian forces attack Ukraine from Belarus',
    summary:
      "On the first day of the invasion, Russian columns crossed into Ukraine from Belarus, where they had stayed after joint exercises, and headed for Kyiv. Alexander Lukashenko's Belarus was the one country to lend its territory to the attack. The blog names Belarus first among Russia's few allies in Europe.",
    start: '2022-02-24',
    kind: 'point',
    category: 'context',
    countries: ['BY', 'RU', 'UA'],
    actors: ['Belarus', 'Alexander Lukashenko', 'Russian armed forces'],
    place: { name: 'Belarus-Ukraine border', precision: 'region' },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 5, quote: 'Except for Belarus' },
    ],
    certainty: 'confirmed',
    note: 'The blog names Belarus as Russia\'s ally without dating anything. On 24 February 2022, Russian forces advanced on Kyiv from Belarus on both sides of the Dnipro (Institute for the Study of War, "Ukraine Conflict Update 7", 24 February 2022). Ukraine\'s border service reported attacks from Belarusian territory, by troops that had stayed in Belarus after joint exercises that month (Voice of Belarus, citing CNN and Radio Svaboda). No Belarusian troops were found to have taken part.',
    translations: {
      fr: {
        title: "Les forces russes attaquent l'Ukraine depuis la Biélorussie",
        summary:
          "Dès le premier jour de l'invasion, des colonnes russes entrent en Ukraine depuis la Biélorussie, où elles étaient restées après des manœuvres conjointes, et font route vers Kiev. La Biélorussie d'Alexandre Loukachenko est le seul pays à prêter son territoire à l'offensive. Le blog la cite en tête des rares alliés de Moscou en Europe.",
        note:
          "Le blog range la Biélorussie parmi les alliés de la Russie sans rien dater. Le 24 février 2022, les forces russes ont marché sur Kiev depuis la Biélorussie, de part et d'autre du Dniepr (Institute for the Study of War, « Ukraine Conflict Update 7 », 24 février 2022). Les garde-frontières ukrainiens ont signalé des attaques lancées depuis le territoire biélorusse par des troupes restées sur place après les manœuvres conjointes du même mois (Voice of Belarus, citant CNN et Radio Svaboda). Aucune participation de soldats biélorusses n'a été établie.",
        place: "Frontière entre la Biélorussie et l'Ukraine",
        actors: ['Biélorussie', 'Alexandre Loukachenko', 'Forces armées russes'],
      },
    },
  },
  {
    id: 'russia-invades-ukraine',
    title: 'Russia launches full-scale invasion of Ukraine',
    summary:
      'Vladimir Putin announced a "special military operation", and Russian forces attacked Ukraine from several directions. Both articles are written against the background of this war.',
    start: '2022-02-24',
    kind: 'ongoing',
    category: 'context',
    countries: ['RU', 'UA'],
    actors: ['Russia', 'Ukraine', 'Vladimir Putin'],
    place: { name: 'Ukraine', precision: 'country' },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 2, quote: 'heroically holding off Russia' },
      { source: 'teller-mali-2022', paragraph: 31, quote: 'Russia may be in retreat in Ukraine' },
    ],
    certainty: 'confirmed',
    note: 'Neither article dates the invasion. On 24 February 2022, Putin announced the operation on television and the first strikes followed (The Quint and Filipino Times, 24 February 2022).',
    translations: {
      fr: {
        title: "La Russie lance l'invasion de l'Ukraine",
        summary:
          "Vladimir Poutine annonce une « opération militaire spéciale » et les forces russes attaquent l'Ukraine sur plusieurs fronts. Cette guerre forme la toile de fond des deux articles.",
        note:
          "Aucun des deux articles ne date l'invasion. Le 24 février 2022, Vladimir Poutine a annoncé l'opération à la télévision, et les premières frappes ont suivi (The Quint et Filipino Times, 24 février 2022).",
        place: 'Ukraine',
        actors: ['Russie', 'Ukraine', 'Vladimir Poutine'],
      },
    },
  },
  {
    id: 'unga-resolution-es-11-1',
    title: 'UN General Assembly condemns invasion; Mali, CAR abstain',
    summary:
      'The General Assembly adopted resolution ES-11/1, which deplores Russia\'s aggression and demands its withdrawal from Ukraine, by 141 votes to 5 with 35 abstentions. Mali and the Central African Republic abstained and Burkina Faso did not vote.',
    start: '2022-03-02',
    kind: 'point',
    category: 'context',
    countries: ['ML', 'CF', 'BF', 'RU', 'UA'],
    actors: ['UN General Assembly', 'Mali', 'Central African Republic', 'Russia'],
    place: { name: 'UN Headquarters, New York', lat: 40.7489, lon: -73.968, precision: 'exact' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 32, quote: 'desirable votes in the UN General Assembly' },
      { source: 'teller-mali-2022', paragraph: 33, quote: 'Mali will not vote against Russia' },
    ],
    certainty: 'confirmed',
    note: 'The article mentions UN votes only in general terms. The vote of 2 March 2022 was 141 to 5 with 35 abstentions, with Mali and the CAR among the African states that abstained and Burkina Faso absent (allAfrica, "UN Resolution Demands Russian Withdrawal from Ukraine - How Africa Voted", 3 March 2022).',
    translations: {
      fr: {
        title: "L'Assemblée générale de l'ONU condamne l'invasion ; Mali et Centrafrique s'abstiennent",
        summary:
          "Par 141 voix contre 5 et 35 abstentions, l'Assemblée générale adopte la résolution ES-11/1, qui déplore l'agression russe et exige le retrait des troupes d'Ukraine. Le Mali et la Centrafrique s'abstiennent ; le Burkina Faso ne prend pas part au vote.",
        note:
          "L'article n'évoque les votes à l'ONU qu'en termes généraux. Le 2 mars 2022, le texte a été adopté par 141 voix contre 5 et 35 abstentions ; le Mali et la Centrafrique figuraient parmi les pays africains qui se sont abstenus, et le Burkina Faso était absent (allAfrica, « UN Resolution Demands Russian Withdrawal from Ukraine - How Africa Voted », 3 mars 2022).",
        place: "Siège de l'ONU, New York",
        actors: ['Assemblée générale des Nations unies', 'Mali', 'Centrafrique', 'Russie'],
      },
    },
  },
  {
    id: 'hrw-new-wave-of-executions-mali',
    title: 'Human Rights Watch reports a new wave of executions in Mali',
    summary:
      'Human Rights Watch said that the Malian army and armed Islamist groups had killed at least 107 civilians since December 2021, most of them apparently executed, and linked 71 of the deaths to government forces. Two days later Mali took RFI and France 24 off the air, after they had reported such abuses.',
    start: '2022-03-15',
    kind: 'point',
    category: 'violence',
    countries: ['ML'],
    actors: ['Human Rights Watch', 'Corinne Dufka', 'Malian armed forces', 'Armed Islamist groups'],
    place: { name: 'Central and southwestern Mali', precision: 'region' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 19, quote: 'government forces had carried out mass executions' },
    ],
    certainty: 'reported',
    note: 'The article says the French media were banned "after reporting that government forces had carried out mass executions". The report that came before the ban of 17 March 2022 is this one: "Mali: New Wave of Executions of Civilians", published by Human Rights Watch on 15 March 2022 (https://www.hrw.org/news/2022/03/15/mali-new-wave-executions-civilians; APA News). Among the cases it lists are at least 35 suspects whose charred bodies were found near Danguèrè Wotoro in early March; Mali\'s defence ministry had called those accusations "fake news" on 11 March. HRW\'s report on the Moura massacre came out on 5 April 2022, after the ban, so it cannot be the report the article means, although the blog\'s "300 civilians" comes from it. The report is dated; the killings it describes are allegations, hence "reported".',
    translations: {
      fr: {
        title: "Human Rights Watch dénonce une nouvelle vague d'exécutions au Mali",
        summary:
          "Selon Human Rights Watch, l'armée malienne et des groupes islamistes armés ont tué au moins 107 civils depuis décembre 2021, pour la plupart sommairement exécutés ; 71 de ces décès sont imputés aux forces gouvernementales. Deux jours plus tard, Bamako coupe RFI et France 24, qui avaient fait état de telles exactions.",
        note:
          "Selon l'article, les médias français ont été interdits après avoir rapporté des exécutions de masse commises par les forces gouvernementales. Le rapport paru avant l'interdiction du 17 mars 2022 est celui-ci : « Mali: New Wave of Executions of Civilians », publié par Human Rights Watch le 15 mars 2022 (https://www.hrw.org/news/2022/03/15/mali-new-wave-executions-civilians ; APA News). Parmi les cas qu'il recense figurent au moins 35 suspects dont les corps calcinés ont été retrouvés près de Danguèrè Wotoro début mars ; le 11 mars, le ministère malien de la Défense avait qualifié ces accusations de fausses informations. Le rapport de HRW sur le massacre de Moura n'est sorti que le 5 avril 2022, après l'interdiction : ce ne peut donc pas être celui que vise l'article, même si c'est de lui que le blog tire ses « 300 civils ». La date du rapport est établie, mais les tueries qu'il décrit restent des allégations, d'où la mention « rapporté ».",
        place: 'Centre et sud-ouest du Mali',
        actors: ['Human Rights Watch', 'Corinne Dufka', 'Forces armées maliennes (FAMa)', 'Groupes islamistes armés'],
      },
    },
  },
  {
    id: 'mali-bans-rfi-france24',
    title: 'Mali takes RFI and France 24 off the air',
    summary:
      'Mali\'s junta suspended the French public broadcasters RFI and France 24, accusing them of false reports of army abuses, and the media regulator made the ban permanent in April. The suspension followed RFI reports and a Human Rights Watch report on killings of civilians by the army.',
    start: '2022-03-17',
    kind: 'ongoing',
    category: 'media',
    countries: ['ML', 'FR'],
    actors: [
      'Malian transitional government',
      'Abdoulaye Maïga',
      'Haute Autorité de la Communication (Mali)',
      'RFI',
      'France 24',
      'France Médias Monde',
      'Human Rights Watch',
    ],
    place: { name: 'Bamako', lat: 12.6392, lon: -8.0029, precision: 'town' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 18, quote: 'Stopped French media' },
      { source: 'teller-mali-2022', paragraph: 19, quote: 'French media were banned earlier this year' },
      {
        source: 'teller-mali-2022',
        paragraph: 19,
        quote: 'government forces had carried out mass executions',
      },
    ],
    certainty: 'confirmed',
    reportedDate: 'earlier this year',
    note: 'The article was written in May 2022, so "earlier this year" means early 2022. The government announced the suspension in a statement dated 16 March and released on 17 March 2022 (RFI/AFP, 17 March 2022; BBC Monitoring, 17 March 2022). The Haute Autorité de la Communication made it permanent on 27 April 2022 (Studio Tamani; France 24, 27 April 2022). The reports the junta objected to included RFI broadcasts of 14-15 March giving voice to alleged victims of the army and Wagner. They also included a Human Rights Watch report of 15 March 2022, which linked at least 71 civilian deaths since December 2021 to government forces ("Mali: New Wave of Executions of Civilians", https://www.hrw.org/news/2022/03/15/mali-new-wave-executions-civilians; see the event of 15 March). This check found no lifting of the ban, hence "ongoing".',
    translations: {
      fr: {
        title: 'Le Mali coupe RFI et France 24',
        summary:
          "La junte malienne suspend RFI et France 24, accusées de diffuser de fausses informations sur des exactions de l'armée ; en avril, l'autorité de régulation rend l'interdiction définitive. La mesure fait suite à des reportages de RFI et à un rapport de Human Rights Watch sur des civils tués par l'armée.",
        reportedDate: "« Plus tôt cette année » selon l'article, soit début 2022",
        note:
          "L'article date de mai 2022 : « plus tôt cette année » renvoie donc au début de 2022. Le gouvernement a annoncé la suspension dans un communiqué daté du 16 mars et rendu public le 17 mars 2022 (RFI/AFP, 17 mars 2022 ; BBC Monitoring, 17 mars 2022). La Haute Autorité de la Communication l'a rendue définitive le 27 avril 2022 (Studio Tamani ; France 24, 27 avril 2022). La junte visait notamment des émissions de RFI des 14 et 15 mars qui donnaient la parole à des victimes présumées de l'armée et de Wagner, ainsi qu'un rapport de Human Rights Watch du 15 mars 2022 imputant aux forces gouvernementales la mort d'au moins 71 civils depuis décembre 2021 (« Mali: New Wave of Executions of Civilians », https://www.hrw.org/news/2022/03/15/mali-new-wave-executions-civilians ; voir l'événement du 15 mars). Nos vérifications n'ont trouvé aucune levée de l'interdiction ; l'événement est donc présenté comme toujours en cours.",
        place: 'Bamako',
        actors: [
          'Gouvernement de transition malien',
          'Abdoulaye Maïga',
          'Haute Autorité de la Communication (Mali)',
          'RFI',
          'France 24',
          'France Médias Monde',
          'Human Rights Watch',
        ],
      },
    },
  },
  {
    id: 'faso-lagam-taaba-zaka-rally',
    title: 'Ouagadougou rally urges military partnership with Russia',
    summary:
      'The Faso Lagam Taaba Zaka coalition of civil-society groups marched in Ouagadougou. It urged the new authorities to seek military cooperation with Russia against jihadist groups and to end the defence agreements with France. Its secretary general, Soumaïla Nana, named Russia, China and North Korea among possible partners.',
    start: '2022-03-27',
    kind: 'point',
    category: 'protest',
    importance: 2,
    countries: ['BF', 'RU', 'FR'],
    actors: ['Faso Lagam Taaba Zaka coalition', 'Soumaïla Nana'],
    place: { name: 'Ouagadougou', lat: 12.3714, lon: -1.5197, precision: 'town' },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 8, quote: 'demonstrated in the capital Ouagadougou' },
    ],
    certainty: 'confirmed',
    note: 'The article\'s date is confirmed by local reports. At a press conference on 19 March, the coalition announced a march for Sunday 27 March 2022 (Kaceto.net), and Gbich.info reported the march on 27 March 2022. Local sources spell the leader\'s name Soumaïla (or Soumaila) Nana and also write the coalition\'s name as "Faso Lagam Zaka". They quote him listing Iran among the partners as well. The article\'s "more than 100" member organisations was not checked.',
    translations: {
      fr: {
        title: 'À Ouagadougou, une marche pour un partenariat militaire avec la Russie',
        summary:
          'La coalition Faso Lagam Taaba Zaka, qui fédère des organisations de la société civile, défile dans la capitale burkinabée. Elle presse les nouvelles autorités de se tourner vers la Russie pour combattre les groupes djihadistes et de mettre fin aux accords de défense avec la France. Son secrétaire général, Soumaïla Nana, cite la Russie, la Chine et la Corée du Nord parmi les partenaires possibles.',
        note:
          "La presse locale confirme la date donnée par l'article. Lors d'une conférence de presse tenue le 19 mars, la coalition avait annoncé une marche pour le dimanche 27 mars 2022 (Kaceto.net), et Gbich.info en a rendu compte le 27 mars 2022. Les sources locales écrivent Soumaïla (ou Soumaila) Nana et nomment aussi la coalition « Faso Lagam Zaka ». D'après elles, son secrétaire général citait également l'Iran parmi les partenaires possibles. Le chiffre de « plus de 100 » organisations membres avancé par l'article n'a pas été vérifié.",
        place: 'Ouagadougou',
        actors: ['Coalition Faso Lagam Taaba Zaka', 'Soumaïla Nana'],
      },
    },
  },
  {
    id: 'moura-massacre',
    title: 'Moura massacre in central Mali',
    summary:
      'During a military operation in the town of Moura, Malian soldiers and foreign fighters whom witnesses identified as Russians allegedly executed hundreds of men over several days. Human Rights Watch estimated about 300 dead, while Mali\'s army said it had killed 203 militants.',
    start: '2022-03-27',
    end: '2022-03-31',
    kind: 'span',
    category: 'violence',
    importance: 1,
    countries: ['ML', 'RU'],
    actors: ['Malian armed forces', 'Foreign (reportedly Russian) soldiers', 'Wagner Group', 'Human Rights Watch'],
    place: { name: 'Moura, Mopti region', lat: 14.3278, lon: -4.6, precision: 'town' },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 9, quote: 'slaughtered a village of 300 civilians' },
    ],
    certainty: 'disputed',
    note: 'The article gives no date. Human Rights Watch places the killings between 27 and 31 March 2022 and estimates about 300 men killed, some of them suspected Islamist fighters ("Mali: Massacre by Army, Foreign Soldiers", 5 April 2022). Mali\'s army reported 203 "terrorists" killed in an operation from 23 to 31 March (its general staff\'s statement of 1 April 2022, reported by AFP). A UN human rights office report of 12 May 2023 found that at least 500 people were killed (The Africa Report, 15-16 May 2023). Moura is a town of about 10,000 people rather than a village. Coordinates are from French Wikipedia ("Moura (Mali)").',
    media: { url: 'https://en.wikipedia.org/wiki/Moura_massacre', caption: 'The Moura massacre: the Wikipedia article' },
    translations: {
      fr: {
        title: 'Massacre de Moura, dans le centre du Mali',
        summary:
          "Au cours d'une opération militaire à Moura, des soldats maliens et des combattants étrangers, russes selon des témoins, auraient exécuté plusieurs centaines d'hommes en quelques jours. Human Rights Watch fait état d'environ 300 morts ; l'armée malienne affirme avoir tué 203 combattants islamistes.",
        note:
          "L'article ne donne pas de date. Human Rights Watch situe les tueries entre le 27 et le 31 mars 2022 et estime à environ 300 le nombre d'hommes tués, dont certains étaient soupçonnés d'être des combattants islamistes (« Mali: Massacre by Army, Foreign Soldiers », 5 avril 2022). L'armée malienne a annoncé 203 « terroristes » tués au cours d'une opération menée du 23 au 31 mars (communiqué de l'état-major du 1er avril 2022, repris par l'AFP). Selon un rapport du Haut-Commissariat des Nations unies aux droits de l'homme publié le 12 mai 2023, au moins 500 personnes ont été tuées (The Africa Report, 15-16 mai 2023). Avec quelque 10 000 habitants, Moura est une petite ville plutôt qu'un village. Les coordonnées proviennent de Wikipédia en français (« Moura (Mali) »).",
        place: 'Moura, région de Mopti',
        actors: ['Forces armées maliennes (FAMa)', 'Soldats étrangers (russes selon des témoins)', 'Groupe Wagner', 'Human Rights Watch'],
        caption: "Le massacre de Moura : l'article de Wikipédia (en anglais)",
      },
    },
  },
  {
    id: 'russia-withdraws-from-kyiv',
    title: 'Russian forces pull back from the Kyiv region',
    summary:
      'After failing to take the capital, Russian troops withdrew from around Kyiv, and Ukraine declared the whole region retaken. The article sets Russia\'s retreat in Ukraine against its advance in Africa.',
    start: '2022-03-29',
    end: '2022-04-02',
    kind: 'span',
    category: 'context',
    countries: ['RU', 'UA'],
    actors: ['Russian armed forces', 'Ukrainian armed forces', 'Alexander Fomin', 'Hanna Maliar'],
    place: { name: 'Kyiv region, Ukraine', lat: 50.4501, lon: 30.5234, precision: 'region' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 31, quote: 'Russia may be in retreat in Ukraine' },
    ],
    certainty: 'confirmed',
    note: 'The article does not date the retreat. In early May 2022 the retreat most likely meant is the pull-back from the Kyiv region, though this is an interpretation. At talks in Istanbul on 29 March 2022, Russia\'s deputy defence minister Alexander Fomin announced a sharp cut in operations towards Kyiv and Chernihiv (Channel NewsAsia/AFP, 29 March 2022). On 2 April, Ukraine\'s deputy defence minister Hanna Maliar said the whole Kyiv region had been retaken (RFE/RL, 2 April 2022).',
    translations: {
      fr: {
        title: 'Les forces russes se retirent de la région de Kiev',
        summary:
          "Faute d'avoir pu prendre la capitale, les troupes russes se replient des environs de Kiev, et l'Ukraine annonce avoir repris le contrôle de toute la région. L'article oppose ce recul en Ukraine à la progression de Moscou en Afrique.",
        note:
          "L'article ne date pas ce recul. Début mai 2022, le repli auquel il fait allusion est très probablement celui de la région de Kiev, mais il s'agit d'une interprétation. Lors des pourparlers d'Istanbul, le 29 mars 2022, le vice-ministre russe de la Défense Alexandre Fomine a annoncé une forte réduction des opérations en direction de Kiev et de Tchernihiv (Channel NewsAsia/AFP, 29 mars 2022). Le 2 avril, la vice-ministre ukrainienne de la Défense Hanna Maliar a déclaré que toute la région de Kiev avait été reprise (RFE/RL, 2 avril 2022).",
        place: 'Région de Kiev, Ukraine',
        actors: ['Forces armées russes', 'Forces armées ukrainiennes', 'Alexandre Fomine', 'Hanna Maliar'],
      },
    },
  },
  {
    id: 'mali-receives-mi-35p-and-radars',
    title: 'Russia delivers Mi-35P helicopters and radars to Mali',
    summary:
      'A Russian transport plane brought two combat helicopters, a 59N6-TE radar and other equipment to the military base at Bamako airport, where Defence Minister Sadio Camara received them. Africa Intelligence identified the helicopters as Mi-35P gunships.',
    start: '2022-03-30',
    kind: 'point',
    category: 'military',
    importance: 1,
    countries: ['ML', 'RU'],
    actors: ['Russia', 'Malian armed forces', 'Sadio Camara'],
    place: { name: 'Bamako', lat: 12.6392, lon: -8.0029, precision: 'town' },
    sources: [
      {
        source: 'darnell-burkina-2022',
        paragraph: 3,
        quote: 'two military Mil Mi-35P attack helicopters',
      },
    ],
    certainty: 'confirmed',
    note: 'Camara received the equipment late on Wednesday 30 March 2022 (AFP via The Defense Post, 31 March 2022; Libreinfo). Africanews (18 April 2022), citing Africa Intelligence, dates it 31 March and names the "Mil Mi-35P attack helicopters" and "59N6-TE mobile radar systems". The article calls this hardware a "new shipment", in wording that follows Africanews\'s 18 April report of a second delivery (see mali-second-russian-delivery). It therefore merges the two consignments.',
    translations: {
      fr: {
        title: 'Moscou livre au Mali des hélicoptères Mi-35P et des radars',
        summary:
          "Un avion de transport russe achemine deux hélicoptères de combat, un radar 59N6-TE et d'autres équipements jusqu'à la base militaire de l'aéroport de Bamako, où le ministre de la Défense, Sadio Camara, les réceptionne. Africa Intelligence y reconnaît des hélicoptères d'attaque Mi-35P.",
        note:
          "Sadio Camara a réceptionné le matériel dans la soirée du mercredi 30 mars 2022 (AFP, reprise par The Defense Post, 31 mars 2022 ; Libreinfo). Africanews (18 avril 2022), citant Africa Intelligence, date la livraison du 31 mars et parle d'« hélicoptères d'attaque Mil Mi-35P » et de « systèmes radar mobiles 59N6-TE ». L'article qualifie ce matériel de « nouvelle cargaison », dans des termes qui reprennent la dépêche d'Africanews du 18 avril consacrée à une deuxième livraison (voir l'événement du 18 avril 2022). Il confond donc les deux envois.",
        place: 'Bamako',
        actors: ['Russie', 'Forces armées maliennes (FAMa)', 'Sadio Camara'],
      },
    },
  },
  {
    id: 'unga-suspends-russia-hrc',
    title: 'Russia suspended from UN rights council; Mali, CAR vote no',
    summary:
      'The General Assembly suspended Russia\'s membership of the Human Rights Council by 93 votes to 24 with 58 abstentions. Mali and the Central African Republic were among nine African states that voted against the suspension.',
    start: '2022-04-07',
    kind: 'point',
    category: 'context',
    countries: ['ML', 'CF', 'RU', 'UA'],
    actors: ['UN General Assembly', 'Mali', 'Central African Republic', 'Russia'],
    place: { name: 'UN Headquarters, New York', lat: 40.7489, lon: -73.968, precision: 'exact' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 32, quote: 'desirable votes in the UN General Assembly' },
      { source: 'teller-mali-2022', paragraph: 33, quote: 'Mali will not vote against Russia' },
    ],
    certainty: 'confirmed',
    note: 'The article does not name this vote. Resolution ES-11/3 was adopted on 7 April 2022 by 93 to 24 with 58 abstentions (Wikisource text; UN News figures reported by i News, 8 April 2022). The African states voting against were Algeria, Burundi, the CAR, Congo, Eritrea, Ethiopia, Gabon, Mali and Zimbabwe (African Manager and Dzaleu, April 2022, after RFI). This bears out the article\'s remark that "Mali will not vote against Russia".',
    translations: {
      fr: {
        title: "La Russie suspendue du Conseil des droits de l'homme ; Mali et Centrafrique votent contre",
        summary:
          "L'Assemblée générale de l'ONU suspend la Russie du Conseil des droits de l'homme par 93 voix contre 24 et 58 abstentions. Le Mali et la Centrafrique figurent parmi les neuf pays africains qui s'y sont opposés.",
        note:
          "L'article ne cite pas ce vote. La résolution ES-11/3 a été adoptée le 7 avril 2022 par 93 voix contre 24 et 58 abstentions (texte sur Wikisource ; chiffres d'UN News repris par i News, 8 avril 2022). Les pays africains qui ont voté contre sont l'Algérie, le Burundi, la Centrafrique, le Congo, l'Érythrée, l'Éthiopie, le Gabon, le Mali et le Zimbabwe (African Manager et Dzaleu, avril 2022, d'après RFI). Voilà qui donne raison à l'article quand il affirme que le Mali ne votera pas contre la Russie.",
        place: "Siège de l'ONU, New York",
        actors: ['Assemblée générale des Nations unies', 'Mali', 'Centrafrique', 'Russie'],
      },
    },
  },
  {
    id: 'french-presidential-election-2022',
    title: 'French presidential election: Macron beats Le Pen',
    summary:
      'Emmanuel Macron and Marine Le Pen went through to the run-off in the first round, and Macron won re-election in the second. The blog, written between the two rounds, counted France as a possible Russian ally if Le Pen won.',
    start: '2022-04-10',
    end: '2022-04-24',
    kind: 'span',
    category: 'context',
    countries: ['FR'],
    actors: ['Emmanuel Macron', 'Marine Le Pen'],
    place: { name: 'France', precision: 'country' },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 5, quote: 'if Marine Le Pen wins the Presidency' },
    ],
    certainty: 'confirmed',
    note: 'The first round was held on 10 April and the run-off on 24 April 2022. Final figures gave Macron 58.55% and Le Pen 41.45% (Reuters via Sowetan Live, 25 April 2022). The article\'s conditional wording places it before the run-off.',
    translations: {
      fr: {
        title: "Présidentielle française : Macron l'emporte face à Le Pen",
        summary:
          "Emmanuel Macron et Marine Le Pen se qualifient au premier tour, et le président sortant est réélu au second. Le blog, écrit dans l'entre-deux-tours, voyait dans la France un possible allié de Moscou en cas de victoire de Marine Le Pen.",
        note:
          "Le premier tour s'est tenu le 10 avril et le second le 24 avril 2022. D'après les résultats définitifs, Emmanuel Macron a obtenu 58,55 % des voix et Marine Le Pen 41,45 % (Reuters, repris par Sowetan Live, 25 avril 2022). Le conditionnel employé par l'article montre qu'il a été écrit avant le second tour.",
        place: 'France',
        actors: ['Emmanuel Macron', 'Marine Le Pen'],
      },
    },
  },
  {
    id: 'mali-second-russian-delivery',
    title: 'Second Russian arms consignment reaches Bamako',
    summary:
      'Mali\'s army announced that a second batch of Russian military equipment had arrived, including two combat helicopters and surveillance radars unloaded from a Russian cargo plane at Bamako airport. The presidency described the helicopters as Mi-24Ps.',
    start: '2022-04-18',
    kind: 'point',
    category: 'military',
    countries: ['ML', 'RU'],
    actors: ['Russia', 'Malian armed forces', 'Oumar Diarra'],
    place: { name: 'Bamako', lat: 12.6392, lon: -8.0029, precision: 'town' },
    sources: [
      {
        source: 'darnell-burkina-2022',
        paragraph: 3,
        quote: 'received a new shipment of Russian equipment',
      },
    ],
    certainty: 'confirmed',
    note: 'The cargo plane landed at about 00:45 on Monday 18 April 2022 (Libreinfo; Africanews and AFP, 18 April 2022). The article\'s sentence closely follows Africanews\'s report of this "new shipment". However, the equipment it names (Mi-35P helicopters, 59N6-TE radars) belongs to the delivery of 30 March, so the article merges the two consignments.',
    translations: {
      fr: {
        title: "Une deuxième cargaison d'armes russes arrive à Bamako",
        summary:
          "L'armée malienne annonce l'arrivée d'un deuxième lot de matériel militaire russe, dont deux hélicoptères de combat et des radars de surveillance débarqués d'un avion-cargo russe à l'aéroport de Bamako. La présidence parle d'hélicoptères Mi-24P.",
        note:
          "L'avion-cargo s'est posé vers 00 h 45 le lundi 18 avril 2022 (Libreinfo ; Africanews et AFP, 18 avril 2022). La phrase de l'article suit de près le compte rendu d'Africanews sur cette « nouvelle cargaison ». Mais le matériel qu'elle cite (hélicoptères Mi-35P, radars 59N6-TE) appartient à la livraison du 30 mars : l'article confond donc les deux envois.",
        place: 'Bamako',
        actors: ['Russie', 'Forces armées maliennes (FAMa)', 'Oumar Diarra'],
      },
    },
  },
  {
    id: 'gossi-drone-footage',
    title: 'French army releases drone video of burials near Gossi',
    summary:
      'Days after handing its Gossi base to Malian forces, the French army released drone footage that it said showed Wagner mercenaries burying bodies nearby in order to blame France for a mass grave. Mali\'s army said it had found a mass grave near the former French camp, and Bamako rejected the French images.',
    start: '2022-04-21',
    kind: 'point',
    category: 'media',
    countries: ['FR', 'ML', 'RU'],
    actors: ['French armed forces', 'Wagner Group', 'Malian armed forces'],
    place: { name: 'Gossi', lat: 15.8267, lon: -1.3114, precision: 'town' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 20, quote: 'French military recently published drone images' },
    ],
    certainty: 'disputed',
    reportedDate: 'recently',
    note: 'For an article of early May 2022, "recently" fits late April. France handed over the Gossi base on Tuesday 19 April. The footage was filmed on 21 April, AFP had access to it that evening, and it was widely published on 22 April (AFP via The Limited Times, 21 April 2022; askanews, 22 April 2022). Mali\'s government denied the images and accused France of spying (Free China Post, 27 April 2022). The article presents Mali\'s break with French military cooperation as its answer to the video; that link is the article\'s own reading.',
    translations: {
      fr: {
        title: "Gossi : l'armée française diffuse des images de drone d'un charnier",
        summary:
          "Quelques jours après avoir remis sa base de Gossi aux forces maliennes, l'armée française publie des images de drone montrant, selon elle, des mercenaires de Wagner en train d'enterrer des corps non loin de là pour faire accuser la France. L'armée malienne dit avoir découvert un charnier près de l'ancien camp français, et Bamako récuse les images françaises.",
        reportedDate: "« Récemment » selon l'article, soit fin avril 2022",
        note:
          "Pour un article paru début mai 2022, « récemment » renvoie à la fin avril. La France a remis la base de Gossi le mardi 19 avril. Les images ont été tournées le 21 avril ; l'AFP a pu les voir le soir même, et elles ont été largement diffusées le 22 avril (AFP, reprise par The Limited Times, 21 avril 2022 ; askanews, 22 avril 2022). Le gouvernement malien a récusé ces images et accusé la France d'espionnage (Free China Post, 27 avril 2022). L'article présente la rupture de la coopération militaire avec la France comme la réponse du Mali à cette vidéo ; ce lien relève de sa propre lecture.",
        place: 'Gossi',
        actors: ['Forces armées françaises', 'Groupe Wagner', 'Forces armées maliennes (FAMa)'],
      },
    },
  },
  {
    id: 'car-bitcoin-law',
    title: 'Central African Republic makes bitcoin legal tender',
    summary:
      'The Central African Republic passed a cryptocurrency law making bitcoin an official currency alongside the CFA franc. It was the second country to do so, after El Salvador. The article repeats the view of unnamed experts that this is a way around the sanctions on Russia.',
    start: '2022-04-22',
    kind: 'point',
    category: 'economy',
    countries: ['CF'],
    actors: ['National Assembly of the Central African Republic', 'Faustin-Archange Touadéra', 'Obed Namsio'],
    place: { name: 'Bangui', lat: 4.3947, lon: 18.5582, precision: 'town' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 29, quote: 'introduced bitcoin as the official currency' },
      { source: 'teller-mali-2022', paragraph: 30, quote: 'A way to round the sanctions' },
    ],
    certainty: 'confirmed',
    reportedDate: 'In recent days',
    note: 'Law no. 22.004 is dated 22 April 2022 (Le Quotidien d\'Afrique, on the Constitutional Court case). The Assembly voted on 20 or 21 April; sources differ. The presidency announced the law on 27 April 2022 (Daily Post; Euro Weekly News, 27 April 2022), which fits "in recent days" for an article of early May. "Like the other country in the world" is a garbled rendering of "the second country in the world": El Salvador was first, on 7 September 2021. The claim that the law helps evade sanctions is attributed to unnamed experts and is unverified.',
    translations: {
      fr: {
        title: 'La Centrafrique fait du bitcoin une monnaie officielle',
        summary:
          "La Centrafrique adopte une loi sur les cryptomonnaies qui fait du bitcoin une monnaie officielle aux côtés du franc CFA ; elle devient ainsi le deuxième pays au monde à franchir le pas, après le Salvador. L'article relaie l'avis d'experts anonymes, pour qui ce serait un moyen de contourner les sanctions visant la Russie.",
        reportedDate: "« Ces derniers jours » selon l'article, paru début mai 2022",
        note:
          "La loi n° 22.004 est datée du 22 avril 2022 (Le Quotidien d'Afrique, à propos du recours devant la Cour constitutionnelle). L'Assemblée l'a votée le 20 ou le 21 avril, selon les sources. La présidence a annoncé la loi le 27 avril 2022 (Daily Post ; Euro Weekly News, 27 avril 2022), ce qui correspond bien à « ces derniers jours » pour un article du début de mai. La formule « like the other country in the world » est une traduction fautive de « le deuxième pays au monde » : le Salvador avait été le premier, le 7 septembre 2021. L'idée que cette loi servirait à contourner les sanctions est attribuée à des experts anonymes et n'a pas été vérifiée.",
        place: 'Bangui',
        actors: ['Assemblée nationale centrafricaine', 'Faustin-Archange Touadéra', 'Obed Namsio'],
      },
    },
  },
  {
    id: 'mali-ends-defence-accords',
    title: 'Mali denounces its defence agreements with France',
    summary:
      'Mali\'s junta announced that it was ending the status-of-forces agreements covering the French Barkhane and European Takuba forces, and the 2014 defence cooperation treaty with France. It cited violations of its sovereignty and airspace, and France called the decision unjustified.',
    start: '2022-05-02',
    kind: 'point',
    category: 'diplomacy',
    countries: ['ML', 'FR'],
    actors: ['Malian transitional government', 'Abdoulaye Maïga', 'France', 'Takuba Task Force'],
    place: { name: 'Bamako', lat: 12.6392, lon: -8.0029, precision: 'town' },
    sources: [
      {
        source: 'teller-mali-2022',
        paragraph: 20,
        quote: 'Mali completely breaks the military cooperation with France',
      },
    ],
    certainty: 'confirmed',
    note: 'The announcement was made on national television on the evening of Monday 2 May 2022 (franceinfo, 2 May 2022; Teller Report, 2 May 2022). The 2013 SOFA and the 2020 Takuba protocol were denounced with immediate effect. The treaty of 16 July 2014 lapses six months after notification. The junta cited airspace violations and unilateral French decisions, not the Gossi video. The article\'s "now" dates it to just after 2 May.',
    translations: {
      fr: {
        title: 'Le Mali dénonce ses accords de défense avec la France',
        summary:
          "La junte malienne annonce qu'elle met fin aux accords sur le statut des forces françaises de Barkhane et européennes de Takuba, ainsi qu'au traité de coopération en matière de défense conclu avec la France en 2014. Elle invoque des atteintes à sa souveraineté et des violations de son espace aérien ; Paris juge la décision injustifiée.",
        note:
          "L'annonce a été faite à la télévision nationale le lundi 2 mai 2022 au soir (franceinfo, 2 mai 2022 ; Teller Report, 2 mai 2022). L'accord de 2013 sur le statut des forces (SOFA) et le protocole de 2020 relatif à Takuba ont été dénoncés avec effet immédiat ; le traité du 16 juillet 2014 cesse de s'appliquer six mois après sa notification. La junte a invoqué des violations de son espace aérien et des décisions françaises unilatérales, et non la vidéo de Gossi. Le « maintenant » de l'article le place juste après le 2 mai.",
        place: 'Bamako',
        actors: ['Gouvernement de transition malien', 'Abdoulaye Maïga', 'France', 'Task force Takuba'],
      },
    },
  },
];
