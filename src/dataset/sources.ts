/**
 * The two articles the Sahel dataset is taken from.
 */
import type { Source } from './types.js';

/** The articles the Sahel dataset is drawn from. */
export const sources = [
  {
    id: 'darnell-burkina-2022',
    title: 'After Mali, Will Russia Court Burkina Faso Next?',
    publisher: 'darnell.tv',
    published: '2022-04-20',
    publishedNote:
      'The date comes from the path of the stored copy of the post (https://darnell.tv/2022/04/20/russia-mali-burkina-faso/). The text agrees with it. Its sentence on the "new shipment" of Russian equipment closely follows an Africanews report of 18 April 2022. It counts on about 300 civilians killed in Mali, a figure Human Rights Watch published on 5 April 2022. It also still treats a Le Pen victory as possible, so it was written before the French run-off of 24 April 2022. The evidence therefore puts it between 18 and 24 April 2022. It is a personal blog. No byline appears in the text or in the stored copy, so the author is not established. "The Africa Report" (paragraph 4) and "Faso Lagam Taaba Zaka demonstration (source:" (paragraph 7) are image captions.',
    language: 'en',
    url: 'https://darnell.tv/2022/04/20/russia-mali-burkina-faso/',
    file: '000_d19142e7eadac636.txt',
    paragraphs: 11,
  },
  {
    id: 'teller-mali-2022',
    title: 'French failure in Mali is a Russian triumph',
    publisher: 'Teller Report',
    published: '2022-05-04',
    publishedNote:
      'The date and title are those of the English page on the aggregator Teller Report (https://www.tellerreport.com/news/2022-05-04-french-failure-in-mali-is-a-russian-triumph.Skbbyg8JUq.html). The text is an excerpt that begins mid-story. The text agrees with the date. It treats Mali\'s break with France\'s defence agreements as news ("now"), and that was announced on the evening of 2 May 2022. It says the Central African Republic adopted bitcoin "in recent days", and that was announced on 27 April 2022. It calls the French drone video from Gossi (21-22 April 2022) recent. So the text dates from 2 to 4 May 2022. The English is a machine translation. "Like the other country in the world" mistranslates "as the second country in the world" ("som andra land i världen"), which suggests a Swedish original. The original outlet, title and author could not be established. "Pham" (paragraph 1) is introduced in a part of the article that is missing here.',
    language: 'en',
    url: 'https://www.tellerreport.com/news/2022-05-04-french-failure-in-mali-is-a-russian-triumph.Skbbyg8JUq.html',
    file: '003_1a319f0c54df4dbe.txt',
    paragraphs: 33,
  },
] as const satisfies readonly Source[];

/** The `id` of one of the {@link sources}. */
export type SahelSourceId = (typeof sources)[number]['id'];
