/** Every page is prerendered: the site is static and reads with JavaScript off. */
export const prerender = true;
export const trailingSlash = 'never';
