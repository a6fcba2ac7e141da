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
 * Sorted by `start`, then `end`, then `id`.
 */
export const events: readonly SahelEvent[] = [
  {
    id: 'french-intervention-serval',
    title: 'France launches Operation Serval in Mali',
    summary:
      'French troops intervened in Mali to stop an Islamist advance from the north towards the centre and south of the country. The article says they were warmly welcomed at first.',
    start: '2013-01-11',
    kind: 'point',
    category: 'military',
    countries: ['FR', 'ML'],
    actors: ['France', 'French armed forces', 'Malian interim authorities'],
    place: { name: 'Mali' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 12, quote: 'French forces arrived in Mali in 2012' },
    ],
    certainty: 'confirmed',
    reportedDate: '2012',
    note: 'The article puts the French arrival in 2012, but the record contradicts it. France launched Operation Serval on 11 January 2013, at the request of Mali\'s interim authorities and after UN Security Council Resolution 2085 of 20 December 2012 (Wikipedia, "Operation Serval", https://en.wikipedia.org/wiki/Operation_Serval; Sheehan and Siegel, "Operation Serval: a swift intervention with a small footprint"). 2012 was the year of the northern rebellion and of the Bamako coup, which may explain the slip.',
    media: { url: 'https://en.wikipedia.org/wiki/Operation_Serval', caption: 'Operation Serval: the Wikipedia article' },
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
    place: { name: 'Mali' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 13, quote: 'after years of French military service' },
      { source: 'teller-mali-2022', paragraph: 14, quote: 'the French failure to curb jihadist violence' },
    ],
    certainty: 'confirmed',
    note: 'The article does not date the period. Serval ran from 11 January 2013 to 15 July 2014, and Barkhane replaced it on 1 August 2014 (Wikipedia, "Operation Serval"). Macron announced the withdrawal from Mali on 17 February 2022. The last Barkhane unit crossed into Niger on 15 August 2022 (RFI; French armed forces statement reported by Tribune Online, 16 August 2022). The end date is later than both articles.',
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
    place: { name: 'Bangui', lat: 4.3947, lon: 18.5582 },
    sources: [
      { source: 'teller-mali-2022', paragraph: 28, quote: 'a Russian National Security Adviser' },
    ],
    certainty: 'reported',
    note: 'The article (May 2022) uses the present tense and names no one. Zakharov held the post by 2018, when he negotiated with armed-group leaders (The Africa Report, "CAR: Who are President Touadéra\'s Russian guardian angels?"). The month he took up the post is not established. According to Africa Intelligence, as relayed by Le Tsunami (letsunami.net), he left the CAR in June 2021. This check found no Russian successor in the post, so the article\'s present tense looks out of date.',
  },
  {
    id: 'russian-instructors-wagner-car',
    title: 'Russian "instructors" and Wagner deploy to CAR',
    summary:
      'Russia sent military trainers to the Central African Republic in 2018 after obtaining an exemption from the UN arms embargo. Witnesses, NGOs and UN experts identify many of them as Wagner Group personnel. Both articles present Wagner as Russia\'s military foothold in the country.',
    start: '2018',
    kind: 'ongoing',
    category: 'military',
    countries: ['CF', 'RU'],
    actors: [
      'Wagner Group',
      'Russia',
      'Government of the Central African Republic',
      'Faustin-Archange Touadéra',
    ],
    place: { name: 'Central African Republic' },
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
    place: { name: 'Bamako', lat: 12.6392, lon: -8.0029 },
    sources: [
      { source: 'teller-mali-2022', paragraph: 2, quote: 'that flag-waving was extremely choreographed' },
    ],
    certainty: 'reported',
    note: 'The excerpt refers to "that flag-waving" without describing or dating it. Paragraph 1 places the incident shortly after the coup of August 2020. Reports from those days describe demonstrators chanting "Putin, Putin" and calling for cooperation with Russia at a weekend rally in Bamako (aBamako, as relayed by Pledge Times, 28 August 2020). Thousands rallied at Independence Square on 21 August 2020 (Press TV, Reuters photo caption). The exact day the article means is not established, so the date is given as a month. The article attributes the claim that the display was choreographed to Western diplomats; it is not verified.',
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
    place: { name: 'Bamako area, Mali' },
    sources: [
      {
        source: 'teller-mali-2022',
        paragraph: 1,
        quote: 'Russia\'s ambassador became the first foreign diplomat',
      },
    ],
    certainty: 'reported',
    note: 'According to Financial Afrik (18 January 2022), the junta received ambassador Igor Gromyko in the first hours after the putsch, before any other diplomat posted in Bamako. RIA Novosti (relayed by ria24.today) quoted embassy spokesman Lev Matoshin as saying the meeting dealt only with the embassy\'s security. The day is not established, so the date is given as a month (August 2020, after the coup of 18 August). The "Pham" of paragraph 1 is not identified in the excerpt. He may be J. Peter Pham, former US special envoy for the Sahel, but this is unverified.',
  },
  {
    id: 'mali-coup-august-2020',
    title: 'Military coup topples Mali\'s President Keïta',
    summary:
      'Mutinous soldiers from the Kati camp detained President Ibrahim Boubacar Keïta and his prime minister, and Keïta announced his resignation that night. A junta, the CNSP, headed by Colonel Assimi Goïta, took power.',
    start: '2020-08-18',
    kind: 'point',
    category: 'politics',
    countries: ['ML'],
    actors: [
      'Malian armed forces',
      'National Committee for the Salvation of the People (CNSP)',
      'Assimi Goïta',
      'Ibrahim Boubacar Keïta',
      'Boubou Cissé',
    ],
    place: { name: 'Kati and Bamako, Mali' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 1, quote: 'military coup in Mali in August 2020' },
      { source: 'teller-mali-2022', paragraph: 14, quote: 'the military junta took power in 2020' },
    ],
    certainty: 'confirmed',
    note: 'The article\'s "August 2020" matches the record. The mutiny began at the Kati base on the morning of 18 August 2020, and Keïta resigned shortly before midnight on state television (Al Jazeera live updates, 19 August 2020; Simple English Wikipedia, "2020 Malian coup d\'état"). A second coup in May 2021 made Goïta transitional president.',
    media: { url: 'https://en.wikipedia.org/wiki/2020_Malian_coup_d%27%C3%A9tat', caption: 'The 2020 Malian coup: the Wikipedia article' },
  },
  {
    id: 'wagner-arrives-mali',
    title: 'Wagner Group deploys to Mali',
    summary:
      'Russian personnel that Western governments identify as Wagner Group mercenaries began deploying in Mali. A group of European governments and Canada condemned the deployment and Russia\'s material support for it. Mali\'s junta spoke only of Russian military instructors.',
    start: '2021-12',
    kind: 'point',
    category: 'military',
    countries: ['ML', 'RU'],
    actors: ['Wagner Group', 'Russia', 'Malian transitional authorities', 'European governments', 'Canada'],
    place: { name: 'Mali' },
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
    place: { name: 'Mali' },
    sources: [
      {
        source: 'darnell-burkina-2022',
        paragraph: 6,
        quote: 'isolated from European & North American powers',
      },
    ],
    certainty: 'confirmed',
    note: 'The article does not date the sanctions. The broad economic sanctions came from West African states. ECOWAS decided them at its Accra summit on 9 January 2022 (APA News; Crisis24, 10 February 2022) and lifted them on 3 July 2022, keeping individual sanctions (Al Jazeera report relayed by godudunews). The EU imposed travel bans and asset freezes on five junta figures on 4 February 2022 (France 24, 4 February 2022). The article therefore overstates the Western role when it blames Mali\'s isolation on "European & North American powers": the broad sanctions were regional and African.',
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
    countries: ['BF'],
    actors: [
      'Patriotic Movement for Safeguard and Restoration (MPSR)',
      'Paul-Henri Sandaogo Damiba',
      'Roch Marc Christian Kaboré',
    ],
    place: { name: 'Ouagadougou', lat: 12.3714, lon: -1.5197 },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 8, quote: 'asking the new government to develop' },
    ],
    certainty: 'confirmed',
    note: 'The article says only "the new government". The mutiny began on 23 January 2022, and the military announced Kaboré\'s removal on 24 January (Wikipedia, "January 2022 Burkina Faso coup d\'état"; VOA Afrique, 25 January 2022). Damiba was himself overthrown on 30 September 2022, after the article.',
    media: { url: 'https://en.wikipedia.org/wiki/January_2022_Burkina_Faso_coup_d%27%C3%A9tat', caption: 'The January 2022 coup in Burkina Faso: the Wikipedia article' },
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
    place: { name: 'Ukraine' },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 2, quote: 'heroically holding off Russia' },
      { source: 'teller-mali-2022', paragraph: 31, quote: 'Russia may be in retreat in Ukraine' },
    ],
    certainty: 'confirmed',
    note: 'Neither article dates the invasion. On 24 February 2022, Putin announced the operation on television and the first strikes followed (The Quint and Filipino Times, 24 February 2022).',
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
    place: { name: 'UN Headquarters, New York', lat: 40.7489, lon: -73.968 },
    sources: [
      { source: 'teller-mali-2022', paragraph: 32, quote: 'desirable votes in the UN General Assembly' },
      { source: 'teller-mali-2022', paragraph: 33, quote: 'Mali will not vote against Russia' },
    ],
    certainty: 'confirmed',
    note: 'The article mentions UN votes only in general terms. The vote of 2 March 2022 was 141 to 5 with 35 abstentions, with Mali and the CAR among the African states that abstained and Burkina Faso absent (allAfrica, "UN Resolution Demands Russian Withdrawal from Ukraine - How Africa Voted", 3 March 2022).',
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
    place: { name: 'Bamako', lat: 12.6392, lon: -8.0029 },
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
    note: 'The article was written in May 2022, so "earlier this year" means early 2022. The government announced the suspension in a statement dated 16 March and released on 17 March 2022 (RFI/AFP, 17 March 2022; BBC Monitoring, 17 March 2022). The Haute Autorité de la Communication made it permanent on 27 April 2022 (Studio Tamani; France 24, 27 April 2022). The reports the junta objected to included RFI broadcasts of 14-15 March giving voice to alleged victims of the army and Wagner. They also included a Human Rights Watch report of 15 March 2022, which linked at least 71 civilian deaths since December 2021 to government forces ("Mali: New Wave of Executions of Civilians", https://www.hrw.org/news/2022/03/15/mali-new-wave-executions-civilians). This check found no lifting of the ban, hence "ongoing".',
  },
  {
    id: 'faso-lagam-taaba-zaka-rally',
    title: 'Ouagadougou rally urges military partnership with Russia',
    summary:
      'The Faso Lagam Taaba Zaka coalition of civil-society groups marched in Ouagadougou. It urged the new authorities to seek military cooperation with Russia against jihadist groups and to end the defence agreements with France. Its secretary general, Soumaïla Nana, named Russia, China and North Korea among possible partners.',
    start: '2022-03-27',
    kind: 'point',
    category: 'protest',
    countries: ['BF', 'RU', 'FR'],
    actors: ['Faso Lagam Taaba Zaka coalition', 'Soumaïla Nana'],
    place: { name: 'Ouagadougou', lat: 12.3714, lon: -1.5197 },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 8, quote: 'demonstrated in the capital Ouagadougou' },
    ],
    certainty: 'confirmed',
    note: 'The article\'s date is confirmed by local reports. At a press conference on 19 March, the coalition announced a march for Sunday 27 March 2022 (Kaceto.net), and Gbich.info reported the march on 27 March 2022. Local sources spell the leader\'s name Soumaïla (or Soumaila) Nana and also write the coalition\'s name as "Faso Lagam Zaka". They quote him listing Iran among the partners as well. The article\'s "more than 100" member organisations was not checked.',
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
    countries: ['ML', 'RU'],
    actors: ['Malian armed forces', 'Foreign (reportedly Russian) soldiers', 'Wagner Group', 'Human Rights Watch'],
    place: { name: 'Moura, Mopti region', lat: 14.3278, lon: -4.6 },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 9, quote: 'slaughtered a village of 300 civilians' },
    ],
    certainty: 'disputed',
    note: 'The article gives no date. Human Rights Watch places the killings between 27 and 31 March 2022 and estimates about 300 men killed, some of them suspected Islamist fighters ("Mali: Massacre by Army, Foreign Soldiers", 5 April 2022). Mali\'s army reported 203 "terrorists" killed in an operation from 23 March to 3 April. A UN human rights office report of 12 May 2023 found that at least 500 people were killed (The Africa Report, 15-16 May 2023). Moura is a town of about 10,000 people rather than a village. Coordinates are from French Wikipedia ("Moura (Mali)").',
    media: { url: 'https://en.wikipedia.org/wiki/Moura_massacre', caption: 'The Moura massacre: the Wikipedia article' },
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
    place: { name: 'Kyiv region, Ukraine' },
    sources: [
      { source: 'teller-mali-2022', paragraph: 31, quote: 'Russia may be in retreat in Ukraine' },
    ],
    certainty: 'confirmed',
    note: 'The article does not date the retreat. In early May 2022 the retreat most likely meant is the pull-back from the Kyiv region, though this is an interpretation. At talks in Istanbul on 29 March 2022, Russia\'s deputy defence minister Alexander Fomin announced a sharp cut in operations towards Kyiv and Chernihiv (Channel NewsAsia/AFP, 29 March 2022). On 2 April, Ukraine\'s deputy defence minister Hanna Maliar said the whole Kyiv region had been retaken (RFE/RL, 2 April 2022).',
  },
  {
    id: 'mali-receives-mi-35p-and-radars',
    title: 'Russia delivers Mi-35P helicopters and radars to Mali',
    summary:
      'A Russian transport plane brought two combat helicopters, a 59N6-TE radar and other equipment to the military base at Bamako airport, where Defence Minister Sadio Camara received them. Africa Intelligence identified the helicopters as Mi-35P gunships.',
    start: '2022-03-30',
    kind: 'point',
    category: 'military',
    countries: ['ML', 'RU'],
    actors: ['Russia', 'Malian armed forces', 'Sadio Camara'],
    place: { name: 'Bamako', lat: 12.6392, lon: -8.0029 },
    sources: [
      {
        source: 'darnell-burkina-2022',
        paragraph: 3,
        quote: 'two military Mil Mi-35P attack helicopters',
      },
    ],
    certainty: 'confirmed',
    note: 'Camara received the equipment late on Wednesday 30 March 2022 (AFP via The Defense Post, 31 March 2022; Libreinfo). Africanews (18 April 2022), citing Africa Intelligence, dates it 31 March and names the "Mil Mi-35P attack helicopters" and "59N6-TE mobile radar systems". The article calls this hardware a "new shipment", in wording that follows Africanews\'s 18 April report of a second delivery (see mali-second-russian-delivery). It therefore merges the two consignments.',
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
    place: { name: 'UN Headquarters, New York', lat: 40.7489, lon: -73.968 },
    sources: [
      { source: 'teller-mali-2022', paragraph: 32, quote: 'desirable votes in the UN General Assembly' },
      { source: 'teller-mali-2022', paragraph: 33, quote: 'Mali will not vote against Russia' },
    ],
    certainty: 'confirmed',
    note: 'The article does not name this vote. Resolution ES-11/3 was adopted on 7 April 2022 by 93 to 24 with 58 abstentions (Wikisource text; UN News figures reported by i News, 8 April 2022). The African states voting against were Algeria, Burundi, the CAR, Congo, Eritrea, Ethiopia, Gabon, Mali and Zimbabwe (African Manager and Dzaleu, April 2022, after RFI). This bears out the article\'s remark that "Mali will not vote against Russia".',
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
    place: { name: 'France' },
    sources: [
      { source: 'darnell-burkina-2022', paragraph: 5, quote: 'if Marine Le Pen wins the Presidency' },
    ],
    certainty: 'confirmed',
    note: 'The first round was held on 10 April and the run-off on 24 April 2022. Final figures gave Macron 58.55% and Le Pen 41.45% (Reuters via Sowetan Live, 25 April 2022). The article\'s conditional wording places it before the run-off.',
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
    place: { name: 'Bamako', lat: 12.6392, lon: -8.0029 },
    sources: [
      {
        source: 'darnell-burkina-2022',
        paragraph: 3,
        quote: 'received a new shipment of Russian equipment',
      },
    ],
    certainty: 'confirmed',
    note: 'The cargo plane landed at about 00:45 on Monday 18 April 2022 (Libreinfo; Africanews and AFP, 18 April 2022). The article\'s sentence closely follows Africanews\'s report of this "new shipment". However, the equipment it names (Mi-35P helicopters, 59N6-TE radars) belongs to the delivery of 30 March, so the article merges the two consignments.',
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
    place: { name: 'Gossi', lat: 15.8267, lon: -1.3114 },
    sources: [
      { source: 'teller-mali-2022', paragraph: 20, quote: 'French military recently published drone images' },
    ],
    certainty: 'disputed',
    reportedDate: 'recently',
    note: 'For an article of early May 2022, "recently" fits late April. France handed over the Gossi base on Tuesday 19 April. The footage was filmed on 21 April, AFP had access to it that evening, and it was widely published on 22 April (AFP via The Limited Times, 21 April 2022; askanews, 22 April 2022). Mali\'s government denied the images and accused France of spying (Free China Post, 27 April 2022). The article presents Mali\'s break with French military cooperation as its answer to the video; that link is the article\'s own reading.',
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
    place: { name: 'Bangui', lat: 4.3947, lon: 18.5582 },
    sources: [
      { source: 'teller-mali-2022', paragraph: 29, quote: 'introduced bitcoin as the official currency' },
      { source: 'teller-mali-2022', paragraph: 30, quote: 'A way to round the sanctions' },
    ],
    certainty: 'confirmed',
    reportedDate: 'In recent days',
    note: 'Law no. 22.004 is dated 22 April 2022 (Le Quotidien d\'Afrique, on the Constitutional Court case). The Assembly voted on 20 or 21 April; sources differ. The presidency announced the law on 27 April 2022 (Daily Post; Euro Weekly News, 27 April 2022), which fits "in recent days" for an article of early May. "Like the other country in the world" is a garbled rendering of "the second country in the world": El Salvador was first, on 7 September 2021. The claim that the law helps evade sanctions is attributed to unnamed experts and is unverified.',
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
    place: { name: 'Bamako', lat: 12.6392, lon: -8.0029 },
    sources: [
      {
        source: 'teller-mali-2022',
        paragraph: 20,
        quote: 'Mali completely breaks the military cooperation with France',
      },
    ],
    certainty: 'confirmed',
    note: 'The announcement was made on national television on the evening of Monday 2 May 2022 (franceinfo, 2 May 2022; Teller Report, 2 May 2022). The 2013 SOFA and the 2020 Takuba protocol were denounced with immediate effect. The treaty of 16 July 2014 lapses six months after notification. The junta cited airspace violations and unilateral French decisions, not the Gossi video. The article\'s "now" dates it to just after 2 May.',
  },
];
