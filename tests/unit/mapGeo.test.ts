import { geoEqualEarth } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
	atlasKey,
	countryName,
	regionAnchor,
	smallCountryAnchor
} from '../../src/lib/layout/geoCountries.ts';
import {
	compactPath,
	compactPaths,
	pathRings,
	ringsToPath,
	thin,
	type ClipExtent
} from '../../src/lib/layout/geoPath.ts';
import { borderLines, landFeatures } from '../../src/lib/layout/geoFeatures.ts';
import { world110m } from '../../src/lib/layout/geoAtlas.ts';
import type { GeometryCollection } from 'topojson-specification';

describe('thin', () => {
	it.each([
		[
			'rounds to whole pixels',
			[
				[0.4, 0.4],
				[10.6, 0.2]
			],
			1,
			[
				[0, 0],
				[11, 0]
			]
		],
		[
			'drops points too close',
			[
				[0, 0],
				[0.5, 0],
				[1, 0],
				[5, 0]
			],
			2,
			[
				[0, 0],
				[5, 0]
			]
		],
		[
			'keeps the last point',
			[
				[0, 0],
				[5, 0],
				[5.4, 0.2]
			],
			2,
			[
				[0, 0],
				[5, 0]
			]
		],
		[
			'keeps a distinct end',
			[
				[0, 0],
				[5, 0],
				[6, 0]
			],
			2,
			[
				[0, 0],
				[5, 0],
				[6, 0]
			]
		]
	])('%s', (_n, input, tol, out) => {
		expect(thin(input as [number, number][], tol as number)).toEqual(out);
	});
});

/** A closed ring and an open one, and the path they make. */
const RINGS = [
	{
		points: [
			[10, 10],
			[20, 10],
			[20, 20]
		] as [number, number][],
		closed: true
	},
	{
		points: [
			[30, 30],
			[25, 40]
		] as [number, number][],
		closed: false
	}
];
const RINGS_PATH = 'm10,10l10,0 0,10zm20,20l-5,10';

describe('ringsToPath', () => {
	it('writes relative steps and returns to a closed ring’s start', () => {
		expect(ringsToPath(RINGS)).toBe(RINGS_PATH);
	});
});

describe('pathRings', () => {
	it('reads back the rings ringsToPath writes', () => {
		expect(pathRings(RINGS_PATH)).toEqual(RINGS);
	});

	it('round-trips a whole basemap', () => {
		const p = geoEqualEarth().scale(180).translate([480, 250]).rotate([-20, 0]);
		for (const object of [landFeatures(world110m), borderLines(world110m)]) {
			const d = compactPath(object, p, { tolerance: 1.5, epsilon: 1, minArea: 0 });
			expect(ringsToPath(pathRings(d))).toBe(d);
		}
	});
});

describe('compactPath', () => {
	it('projects a polygon to a closed whole-pixel path and drops specks', () => {
		const p = geoEqualEarth().scale(100).translate([200, 100]);
		const square = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[0, 0],
					[0, 10],
					[10, 10],
					[10, 0],
					[0, 0]
				]
			]
		};
		const d = compactPath(square, p);
		expect(d).toMatch(/^m\d+,\d+l/);
		expect(d).not.toMatch(/\.\d/);
		expect(d.endsWith('z')).toBe(true);
		expect(compactPath(square, p, { minArea: 1e6 })).toBe('');
	});
});

describe('compactPaths', () => {
	it('draws, for each clip, the path compactPath draws with the projection clipped to it', () => {
		const p = geoEqualEarth().scale(180).translate([480, 250]).rotate([-20, 0]);
		const clips: ClipExtent[] = [
			[
				[0, 0],
				[960, 500]
			],
			[
				[301, 1],
				[659, 499]
			],
			[
				[-50, -50],
				[2000, 2000]
			]
		];
		for (const [object, opts] of [
			[landFeatures(world110m), { tolerance: 1.5, epsilon: 1, minArea: 12 }],
			[borderLines(world110m), { tolerance: 1.5, epsilon: 1, minArea: 0 }]
		] as const) {
			const one = clips.map((c) => {
				p.clipExtent(c);
				const d = compactPath(object, p, opts);
				p.clipExtent(null);
				return d;
			});
			const all = compactPaths(object, p, clips, opts);
			expect(all).toEqual(one);
			expect(all[0]!.length).toBeGreaterThan(1000);
			expect(all[1]).not.toBe(all[0]);
		}
		expect(p.clipExtent()).toBeNull();
	});
});

describe('atlas lookup', () => {
	const ids = new Set(
		(world110m.objects.countries as GeometryCollection).geometries.map((g) => String(g.id))
	);
	it.each(['US', 'FR', 'PL', 'UA', 'RU', 'DE', 'CN', 'BR', 'ZA', 'AU'])(
		'finds %s in the atlas',
		(code) => {
			const key = atlasKey(code);
			expect(key?.id && ids.has(key.id)).toBe(true);
		}
	);
	it('finds Kosovo by name and knows no code for nowhere', () => {
		expect(atlasKey('XK')).toEqual({ name: 'Kosovo' });
		expect(atlasKey('ZZ')).toBeNull();
	});
	it('has a point for small countries the atlas lacks, and none for atlas countries', () => {
		for (const code of ['SG', 'BH', 'MT', 'MV']) {
			expect(atlasKey(code)).toBeNull();
			const [lon, lat] = smallCountryAnchor(code)!;
			expect(Math.abs(lon)).toBeLessThanOrEqual(180);
			expect(Math.abs(lat)).toBeLessThanOrEqual(90);
		}
		expect(smallCountryAnchor('SG')).toEqual([103.82, 1.35]);
		for (const code of ['US', 'ID', 'MY', 'FR']) expect(smallCountryAnchor(code)).toBeNull();
	});
	it('names countries and anchors regions', () => {
		expect(countryName('US')).toBe('United States');
		expect(regionAnchor(' Europe ')).toEqual([12, 50]);
		expect(regionAnchor('Atlantis')).toBeNull();
	});
});
