/**
 * The reaction map's geometry as plain data (computed on the server, drawn by
 * the views). Types only.
 */
import type { Stance } from '../story/schema.ts';

/** A country or region where actors are. Coordinates are in map units. */
export interface MapPlace {
	/** `c:<alpha-2>` for a country, `r:<region>` for a region. */
	key: string;
	/** Display name ("Poland", "Europe"). */
	name: string;
	kind: 'country' | 'region';
	/** Anchor in map units. */
	x: number;
	y: number;
	/** Outline of a country whose actors react (shaded on the map). */
	d?: string;
	/** Names of the place's actors that react, in name order. */
	actors: string[];
	/** True where an actor of the place reacts (false: only reacted to). */
	reacts: boolean;
}

/** An offset from an anchor, px. */
export interface Offset {
	dx: number;
	dy: number;
}

/** A plate's centre (offset from its anchor) and size, px. */
export interface PlateOffset extends Offset {
	w: number;
	h: number;
}

/** An actor's name beside its row of markers (wide maps only). */
export interface MapLabel {
	/** The actor's id. */
	key: string;
	/** The name, shortened if long. */
	text: string;
	/** Key of the place. */
	place: string;
	/** Anchor as a fraction of the map. */
	fx: number;
	fy: number;
	/** Offset of the text's start (left, vertical middle) from the anchor, px. */
	dx: number;
	dy: number;
}

/** A reaction's marker: its place's anchor (map units) and its offset (px). */
export interface MapMarker {
	/** The reaction's id. */
	id: string;
	stance: Stance;
	/** Key of the reactor's place. */
	place: string;
	/** Anchor as a fraction of the map's width and height. */
	fx: number;
	fy: number;
	/** Offset of the marker's centre from the anchor on narrow maps, px. */
	narrow: Offset;
	/** The same on wide maps, where rows carry their actors' names. */
	wide: Offset;
}

/** The backing plate of a place's group of markers. */
export interface MapCluster {
	/** The place's key. */
	key: string;
	fx: number;
	fy: number;
	/** The plate on narrow and on wide maps. */
	narrow: PlateOffset;
	wide: PlateOffset;
}

/** An arc from a reactor's place to its target's place. */
export interface MapArc {
	/** The reaction's id (also its marker's id, where the arc starts once the map is measured). */
	id: string;
	stance: Stance;
	/** Curve and arrowhead between the two places, in map units. */
	d: string;
	head: string;
	/** Where the arc ends: the target's place (fractions of the map) and, if the target reacts too, one of its markers. */
	to: { fx: number; fy: number; marker?: string };
	/** Bend number among arcs from one reactor's place to one target (0, 1, 2…). */
	index: number;
}

/** The part of the map a narrow frame shows: fractions of the map's width. */
export interface MapWindow {
	/** Left edge and width of the window, fractions of the map's width. */
	x0: number;
	w: number;
}

/** An entry of the numbered key under a narrow map. */
export interface MapKeyEntry {
	/** The number on the actor's row. */
	n: number;
	/** The actor's id, full name and place name. */
	actorId: string;
	name: string;
	place: string;
}

/** A basemap as compact SVG paths, in map units. */
export interface MapBase {
	land: string;
	/** Borders between countries. */
	borders: string;
	/** Outlines of the countries whose actors react, by place key. */
	shapes: Record<string, string>;
}

/** Everything the map view draws. */
export interface ReactionMapGeometry {
	/** Size of the map in map units (its viewBox). */
	width: number;
	height: number;
	/** Land, and borders between countries, as compact SVG paths. */
	land: string;
	borders: string;
	places: MapPlace[];
	clusters: MapCluster[];
	/** Markers in keyboard order: by stance, then actor name, then target. */
	markers: MapMarker[];
	arcs: MapArc[];
	/** Actor names beside their rows, on wide maps. */
	labels: MapLabel[];
	/** Row numbers on narrow maps (`text` is the number), named in `key`. */
	numbers: MapLabel[];
	/** The numbered key of a narrow map, in number order. */
	key: MapKeyEntry[];
	/** The window of the map a narrow frame shows, fitted to the places. */
	window: MapWindow;
	/** The basemap clipped to that window, for narrow frames (`land`/`borders`/`d` are the whole map's). */
	narrowBase: MapBase;
	/** Reactions whose actor has no place the map knows. */
	unplaced: string[];
	/** Marker cell size, px. */
	cell: number;
}
