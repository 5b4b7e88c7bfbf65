import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { embedScript } from './scripts/vite/embedScript.ts';
import { islands } from './scripts/vite/islands.ts';
import { layoutWidths } from './scripts/vite/layoutWidths.ts';
import { linkCheck } from './scripts/vite/linkCheck.ts';
import { studio } from './scripts/vite/studio.ts';
import { out } from './svelte.config.js';

export default defineConfig({
	plugins: [layoutWidths(), sveltekit(), islands(), embedScript(), studio(), linkCheck(out)],
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' }
	}
});
