// English: the footer's complete set of strings, and the fallback for every other locale.
export const en = {
  sponsor: 'Sponsored by',
  operator: 'Operated by',
  coSponsor: 'Co-sponsored by',
  technicalSupport: 'Technical support',
  icp: 'ICP filing',
  policeFiling: 'Public security filing',
  siteCode: 'Website identification code',
  email: 'Email',
  phone: 'Telephone',
  /** Between a label and its value ("Sponsored by: City"). */
  separator: ': ',
};

/** The names of the footer's strings. */
export type SponsorFooterStrings = { [Name in keyof typeof en]: string };
