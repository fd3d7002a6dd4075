// The Shiki themes of the site's code blocks, by colour scheme. Its own module so that the output's
// highlighting can name them without pulling Shiki into the console's first chunk.
export const THEMES = { dark: 'github-dark', light: 'github-light' } as const;
