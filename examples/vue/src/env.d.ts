// Types <sahel-timeline>'s properties and events in this app's templates (vue-tsc).
/// <reference types="sahel-timeline/vue" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
