/** The site's name and one-line description, used in titles, headers and meta tags. */
export const SITE = {
  name: 'China–North Korea Diplomacy Timeline',
  description:
    'An open, sourced timeline of high-level exchanges between China and North Korea: visits, summits, delegations, treaties, anniversaries and leaders’ messages.',
};
