/** Entry of the timeline benchmark page: mounts the benchmark for `?n=` items. */
import { mount } from 'svelte';
import '../../src/app.css';
import TimelineBench from './TimelineBench.svelte';

const n = Math.min(
	200_000,
	Math.max(1, Number(new URL(location.href).searchParams.get('n')) || 1000)
);
document.title = `Timeline benchmark (${n} synthetic items)`;
mount(TimelineBench, { target: document.body, props: { n } });
