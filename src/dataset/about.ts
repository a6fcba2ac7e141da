/** The Sahel dataset as a whole: its title and summary, for its title card and its files. */

/** The dataset's title. */
export const title = "Russia's growing military role in Mali, Burkina Faso and the Central African Republic";

/** Two sentences on what the dataset tells, in our own words. */
export const summary =
  "Between France's intervention in Mali in 2013 and its withdrawal in 2022, Russia became the security partner of the Central African Republic and of Mali's military government, with Wagner Group fighters on the ground, and began courting the new junta in Burkina Faso. These events come from two opinion pieces written in spring 2022, retold in our own words and checked against the historical record.";
