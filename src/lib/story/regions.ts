/**
 * The regions an actor without a single country can be in: one vocabulary
 * for extraction (which writes them), the validator (which accepts only
 * these) and the map (which places each at its anchor). International
 * bodies have a place of their own: "World" (the UN, the IMF) sits in the
 * open Atlantic, "North Atlantic" (NATO) and "West" near it, the EU in
 * Europe, the African Union in Africa. `Unknown` is the one region with no
 * place: its actors are listed under the map as not on it.
 */

/** Every region with its map anchor as [longitude, latitude]. */
export const REGION_ANCHORS = {
	World: [-28, 8],
	'North Atlantic': [-32, 50],
	West: [-42, 36],
	Europe: [12, 50],
	'European Union': [12, 50],
	Africa: [20, 5],
	Asia: [95, 40],
	'Middle East': [45, 29],
	'North America': [-100, 45],
	'South America': [-60, -15],
	'Latin America': [-65, -10],
	Oceania: [140, -25],
	'Central Asia': [65, 43],
	'East Asia': [115, 35],
	'Southeast Asia': [110, 8],
	'South Asia': [78, 22],
	Caribbean: [-72, 18],
	Nordics: [15, 63],
	Scandinavia: [15, 63],
	Balkans: [20, 43],
	'Baltic States': [24, 57],
	Arctic: [0, 80]
} as const satisfies Record<string, readonly [number, number]>;

/** The region of an actor whose place is not known: listed, not drawn. */
export const UNPLACED_REGION = 'Unknown';

/** A region the map can place, or `Unknown`. */
export type RegionName = keyof typeof REGION_ANCHORS | typeof UNPLACED_REGION;

const byLower = new Map(
	Object.entries(REGION_ANCHORS).map(([name, at]) => [name.toLowerCase(), [at[0], at[1]]] as const)
);

/** The anchor of a region by name (case-insensitive), or null for `Unknown` and names not listed. */
export function regionAnchor(region: string): [number, number] | null {
	const at = byLower.get(region.trim().toLowerCase());
	return at ? [at[0], at[1]] : null;
}

/** Whether a story may give an actor this region: one the map places, or `Unknown`. */
export function isRegion(region: string): boolean {
	const key = region.trim().toLowerCase();
	return byLower.has(key) || key === UNPLACED_REGION.toLowerCase();
}

/** The region names, for messages. */
export const REGION_NAMES: readonly string[] = [...Object.keys(REGION_ANCHORS), UNPLACED_REGION];
