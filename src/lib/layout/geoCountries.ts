/**
 * Where actors go on the map: ISO 3166-1 alpha-2 codes to the numeric ids of
 * Natural Earth's countries in `world-atlas`; regions' anchors (actors with no
 * single country, such as "Europe") come from `story/regions.ts`.
 */

/** Alpha-2 code + numeric id of every country in the 110m atlas that has one. */
const CODES =
	'FJ242 TZ834 EH732 CA124 US840 KZ398 UZ860 PG598 ID360 AR032 CL152 CD180 SO706 KE404 ' +
	'SD729 TD148 HT332 DO214 RU643 BS044 FK238 NO578 GL304 TF260 TL626 ZA710 LS426 MX484 ' +
	'UY858 BR076 BO068 PE604 CO170 PA591 CR188 NI558 HN340 SV222 GT320 BZ084 VE862 GY328 ' +
	'SR740 FR250 EC218 PR630 JM388 CU192 ZW716 BW072 NA516 SN686 ML466 MR478 BJ204 NE562 ' +
	'NG566 CM120 TG768 GH288 CI384 GN324 GW624 LR430 SL694 BF854 CF140 CG178 GA266 GQ226 ' +
	'ZM894 MW454 MZ508 SZ748 AO024 BI108 IL376 LB422 MG450 PS275 GM270 TN788 DZ012 JO400 ' +
	'AE784 QA634 KW414 IQ368 OM512 VU548 KH116 TH764 LA418 MM104 VN704 KP408 KR410 MN496 ' +
	'IN356 BD050 BT064 NP524 PK586 AF004 TJ762 KG417 TM795 IR364 SY760 AM051 SE752 BY112 ' +
	'UA804 PL616 AT040 HU348 MD498 RO642 LT440 LV428 EE233 DE276 BG100 GR300 TR792 AL008 ' +
	'HR191 CH756 LU442 BE056 NL528 PT620 ES724 IE372 NC540 SB090 NZ554 AU036 LK144 CN156 ' +
	'TW158 IT380 DK208 GB826 IS352 AZ031 GE268 PH608 MY458 BN096 SI705 FI246 SK703 CZ203 ' +
	'ER232 JP392 PY600 YE887 SA682 AQ010 CY196 MA504 EG818 LY434 ET231 DJ262 UG800 RW646 ' +
	'BA070 MK807 RS688 ME499 SS728 TT780';

const NUMERIC = new Map(CODES.split(' ').map((c) => [c.slice(0, 2), c.slice(2)]));

/** Countries the atlas holds without a numeric id, by their atlas name. */
const BY_NAME: Record<string, string> = { XK: 'Kosovo' };

/** How to find a country's feature in the atlas: by numeric id or by name. */
export function atlasKey(alpha2: string): { id?: string; name?: string } | null {
	const id = NUMERIC.get(alpha2);
	if (id) return { id };
	const name = BY_NAME[alpha2];
	return name ? { name } : null;
}

/** Regions' anchors live with the story vocabulary, so that every region a story may name is placed. */
export { regionAnchor } from '../story/regions.ts';

/**
 * Countries too small for the 110m atlas, as a point [longitude, latitude]:
 * city states and island states that still need a place on the map.
 */
const SMALL: Record<string, [number, number]> = {
	SG: [103.82, 1.35],
	BH: [50.56, 26.07],
	MT: [14.45, 35.9],
	HK: [114.17, 22.32],
	MO: [113.55, 22.17],
	LI: [9.55, 47.16],
	MC: [7.42, 43.74],
	SM: [12.46, 43.94],
	AD: [1.52, 42.51],
	VA: [12.45, 41.9],
	MV: [73.51, 4.18],
	MU: [57.55, -20.3],
	SC: [55.45, -4.68],
	CV: [-23.6, 15.1],
	KM: [43.87, -11.88],
	ST: [6.61, 0.19],
	BB: [-59.55, 13.19],
	AG: [-61.8, 17.07],
	DM: [-61.37, 15.41],
	GD: [-61.68, 12.12],
	KN: [-62.78, 17.3],
	LC: [-60.98, 13.9],
	VC: [-61.2, 13.25],
	WS: [-172.1, -13.76],
	TO: [-175.2, -21.18],
	TV: [179.2, -8.5],
	NR: [166.93, -0.52],
	KI: [173, 1.4],
	MH: [171.2, 7.1],
	FM: [158.2, 6.9],
	PW: [134.58, 7.5]
};

/** The alpha-2 codes of every country the map can place: by shape, by name or as a point. */
export function placeableCountries(): string[] {
	return [...new Set([...NUMERIC.keys(), ...Object.keys(BY_NAME), ...Object.keys(SMALL)])];
}

/** A point for a country the atlas has no shape for, or null. */
export function smallCountryAnchor(alpha2: string): [number, number] | null {
	return SMALL[alpha2] ?? null;
}

const names = new Intl.DisplayNames(['en'], { type: 'region' });

/** A country's short English name ("United States", "Russia"). */
export function countryName(alpha2: string): string {
	try {
		return names.of(alpha2) ?? alpha2;
	} catch {
		return alpha2;
	}
}
