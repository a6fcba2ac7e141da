import 'sahel-timeline'; // registers <sahel-timeline>
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
