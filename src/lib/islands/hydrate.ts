/**
 * Hydrates an island: reads its props from the page's JSON and hydrates its
 * component into the server-rendered element, keeping the DOM that is there.
 * First marks the page as scripted (`html[data-js]`), which styles use for
 * parts hydrated later, on first use.
 */
import { hydrate, type Component } from 'svelte';
import { ISLAND_ATTR, ISLAND_PROPS_ATTR, type IslandName } from './entries.ts';

export function hydrateIsland<P extends Record<string, unknown>>(
	name: IslandName,
	component: Component<P>
): void {
	const target = document.querySelector(`[${ISLAND_ATTR}="${name}"]`);
	const json = document.querySelector(`script[${ISLAND_PROPS_ATTR}="${name}"]`);
	if (!target || !json?.textContent) return;
	document.documentElement.setAttribute('data-js', '');
	hydrate(component, { target, props: JSON.parse(json.textContent) as P });
}
