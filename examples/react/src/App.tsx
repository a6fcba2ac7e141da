import { useState } from 'react';
import type { TimelineEvent } from 'sahel-timeline';
import { SahelTimeline, type SahelSelectEvent } from 'sahel-timeline/react';

/** The app's own events: with `events` given, the built-in Sahel data is never loaded. */
const events: TimelineEvent[] = [
  { id: 'founded', title: 'Community radio founded', start: '2019-02-11', category: 'media' },
  { id: 'licence', title: 'Broadcast licence granted', start: '2019-09', category: 'politics' },
  { id: 'season', title: 'Rainy season reporting', start: '2020-06-15', end: '2020-09-30', kind: 'span', category: 'economy' },
  { id: 'award', title: 'Regional press award', start: '2021-11-20', category: 'media' },
];

export function App() {
  const [selected, setSelected] = useState<string>('nothing yet');
  const [shown, setShown] = useState<number>(events.length);

  // Typed by the component: `event.detail.event` is the selected TimelineEvent, or null when
  // closed; `event.detail.cause` says how ('pointer', 'keyboard', 'play' or 'hash').
  const onSelect = (event: SahelSelectEvent) => {
    setSelected(event.detail.event?.title ?? 'nothing');
  };

  return (
    <main>
      <h1>Our story (React)</h1>
      <SahelTimeline
        events={events}
        label="Our story, 2019 to 2021"
        theme="light"
        onSahelSelect={onSelect}
        onSahelFilterChange={(e) => { setShown(e.detail.shown); }}
      />
      <p>
        Selected: <output id="selected">{selected}</output> ({shown} events shown)
      </p>
    </main>
  );
}
