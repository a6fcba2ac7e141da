// Types <sahel-timeline>'s properties, attributes and events in this app's markup (svelte-check).
/// <reference types="sahel-timeline/svelte" />
/// <reference types="svelte" />
