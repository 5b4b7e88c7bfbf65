/** The benchmark page renders in the browser only: its data is made there from `?n=`. */
export const ssr = false;
