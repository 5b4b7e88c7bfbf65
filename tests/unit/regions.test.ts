import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { draftStory } from '../../src/lib/extract/draft.ts';
import { INSTITUTIONS, REGIONS } from '../../src/lib/extract/gazetteer.ts';
import { world110m } from '../../src/lib/layout/geoAtlas.ts';
import { placeOf, type CountryFeature } from '../../src/lib/layout/geoPlaces.ts';
import {
	isRegion,
	REGION_ANCHORS,
	REGION_NAMES,
	regionAnchor,
	UNPLACED_REGION
} from '../../src/lib/story/regions.ts';
import type { Actor } from '../../src/lib/story/schema.ts';
import { validateStory } from '../../src/lib/story/validate.ts';
import { seedStory } from '../fixtures/stories.ts';

const countries = (
	feature(
		world110m,
		world110m.objects.countries as GeometryCollection<{ name: string }>
	) as FeatureCollection<Polygon | MultiPolygon, { name: string }>
).features as CountryFeature[];

const actorIn = (region: string): Actor => ({
	id: 'a',
	name: 'A',
	kind: 'organisation',
	country: null,
	region,
	role: ''
});

describe('regions: one vocabulary', () => {
	it('gives every region an anchor on the globe', () => {
		for (const [name, [lon, lat]] of Object.entries(REGION_ANCHORS)) {
			expect(Math.abs(lon), name).toBeLessThanOrEqual(180);
			expect(Math.abs(lat), name).toBeLessThanOrEqual(90);
		}
	});

	it('reads names in any case, and knows Unknown as the one region with no place', () => {
		expect(regionAnchor('middle east')).toEqual([45, 29]);
		expect(isRegion(' EUROPE ')).toBe(true);
		expect(isRegion(UNPLACED_REGION)).toBe(true);
		expect(regionAnchor(UNPLACED_REGION)).toBeNull();
		expect(isRegion('Atlantis')).toBe(false);
		expect(REGION_NAMES).toContain('World');
	});

	it('every region extraction can emit is one a story may hold', () => {
		const emitted = [
			...Object.values(REGIONS),
			...Object.values(INSTITUTIONS).flatMap((i) => (i.region ? [i.region] : [])),
			UNPLACED_REGION
		];
		for (const r of emitted) expect(isRegion(r), r).toBe(true);
	});

	it('the map places every region but Unknown, at its anchor', () => {
		for (const [name, at] of Object.entries(REGION_ANCHORS)) {
			const place = placeOf(actorIn(name), countries);
			expect(place, name).toMatchObject({ kind: 'region', name, lonlat: [...at] });
		}
		expect(placeOf(actorIn(UNPLACED_REGION), countries)).toBeNull();
	});

	it('places international bodies: the UN, NATO, the EU and the African Union', () => {
		for (const body of ['UN', 'NATO', 'EU', 'African Union']) {
			const region = INSTITUTIONS[body]?.region;
			expect(region, body).toBeDefined();
			expect(placeOf(actorIn(region!), countries), body).not.toBeNull();
		}
	});

	it('drafts international bodies with regions the map places', () => {
		const r = draftStory(
			'published: 2025-06-02\n---\nThe United Nations condemned the strike on Monday. NATO welcomed the ceasefire on Tuesday. The African Union criticised the delay on Wednesday.'
		);
		if (!r.ok) throw new Error(r.error);
		const bodies = r.story.actors.filter((a) => a.country === null);
		expect(bodies.map((a) => a.name)).toEqual(
			expect.arrayContaining(['United Nations', 'NATO', 'African Union'])
		);
		for (const a of bodies.filter((b) => b.region !== UNPLACED_REGION))
			expect(placeOf(a, countries), a.name).not.toBeNull();
	});
});

describe('the validator and regions', () => {
	it('accepts every region the map places, and Unknown', () => {
		for (const region of REGION_NAMES) {
			const story = seedStory();
			story.actors[8]!.region = region;
			const check = validateStory(story, [], { file: 'story.json' });
			const regionProblems = check.ok
				? []
				: check.problems.filter((p) => p.path.endsWith('.region'));
			expect(regionProblems, region).toEqual([]);
		}
	});

	it('rejects a region the map cannot place, naming the file, the actor and the reason', () => {
		const story = seedStory();
		story.actors[8]!.region = 'Atlantis';
		const check = validateStory(story, [], { file: 'data/stories/x/story.json' });
		expect(check.ok).toBe(false);
		if (check.ok) return;
		const p = check.problems.find((x) => x.path === 'actors[8].region');
		expect(p?.file).toBe('data/stories/x/story.json');
		expect(p?.message).toMatch(
			/actor "european-allies" has region "Atlantis", which the map cannot place/
		);
	});
});
