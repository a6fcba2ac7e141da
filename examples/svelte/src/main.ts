import 'sahel-timeline'; // registers <sahel-timeline>
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') as HTMLElement });
