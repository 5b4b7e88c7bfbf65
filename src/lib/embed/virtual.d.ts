/** The host script, bundled and minified by the `embedScript` Vite plugin. */
declare module 'virtual:newsline-embed-script' {
	/** The script's source text. */
	const script: string;
	export default script;
}
