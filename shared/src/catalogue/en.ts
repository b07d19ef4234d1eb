// English: the catalogue every other language follows key for key (index.ts types each against
// it, so a missing or extra sentence fails the type check). Sentences that take values are
// functions, so each language orders the words its own way.

/** A page's title and its one explaining sentence. */
export type Answer = readonly [title: string, sentence: string]
export const answer = (title: string, sentence: string): Answer => [title, sentence]

export const en = {
  petition: {
    labels: { name: 'Full name', email: 'Email', country: 'Country', postalCode: 'Postal code' },
    /** After the label of a field the signer may leave empty. */
    optional: '(optional)',
    chooseCountry: 'Choose your country',
    /** The label of the field only bots fill in (see HONEYPOT_FIELD). */
    honeypot: 'Leave this empty',
    signNow: 'Sign now',
    signing: 'Signing…',
    /** What happens to the signer's name, as the action promises it (see namesGoToTargets). */
    delivery: (targets: string, namesGoToTargets: boolean) =>
      namesGoToTargets
        ? `Your name and country will be delivered to ${targets}; your email never is.`
        : `Your name is not passed on to ${targets}.`,
    useOfDetails: 'We use your details only for this petition and, if you tick the box, for updates.',
    privacyNotice: 'Privacy notice',
    /** The announcement that leads a list of problems. */
    checkAnswers: (count: number) => `Please check ${count === 1 ? 'one answer' : `${count} answers`}.`,
    /** A problem in the list at the top of the form: the field's label and the problem. */
    problemLine: (label: string, problem: string) => `${label}: ${problem}`,
    /** One per problem a field can have; the schema answers with these. */
    problems: {
      name: 'Please enter your name.',
      nameFormula: 'Please start your name with a letter.',
      nameUrl: 'Please enter your name without a web address.',
      nameHidden: 'Please enter your name without hidden or control characters.',
      email: 'Please enter a valid email address.',
      country: 'Please choose your country.',
      postalCode: 'Please check your postal code.',
    },
    /** The island's own, when the CMS cannot be reached or gives no reason. */
    notSent: 'Your signature could not be sent. Please try again.',
    offline: 'Your signature could not be sent: check your connection and try again.',
    /** The CMS's page for a form posted without JavaScript that it refused. */
    errorPage: {
      title: (action: string) => `Check your signature: ${action}`,
      heading: (action: string) => `Almost there: ${action}`,
      backToAction: 'Back to the action',
    },
    /** What the sign endpoint answers, as JSON for the island or as a page for a plain form. */
    answers: {
      signed: 'Thank you for signing.',
      serverError: 'Something went wrong on our side; nothing was saved. Please try again.',
      invalid: answer('Check your answers', 'Please check the highlighted fields.'),
      unknownAction: answer('Action not found', 'There is no published action at this address.'),
      closed: answer(
        'This action has closed',
        'This action is no longer collecting signatures. Thank you for your support.',
      ),
      notOpenYet: answer('Not open yet', 'This action is not open for signatures yet. Please come back soon.'),
      otherOrigin: answer('Not accepted here', 'Signatures are accepted only from the campaign’s own site.'),
      unreadable: 'Could not read the signature',
      tooFast: (seconds: number) =>
        answer(
          'Please wait a moment',
          `Too many signatures from your network just now. Please try again in ${seconds} seconds.`,
        ),
    },
    /** Thanks: in place in the island, or on the thank-you page a plain form lands on. */
    thanks: {
      greeting: (name: string) => `Thank you, ${name.split(' ')[0]}!`,
      pageTitle: (action: string) => `Thank you for signing: ${action}`,
      dateline: 'Signed',
      heading: 'Thank you for adding your name',
      youSigned: 'You signed',
      countsOnce: 'Signing twice with the same email counts once, so there is nothing more to do here.',
    },
    share: {
      heading: 'Share',
      suggested: 'Suggested message:',
      permalink: 'Link:',
      /** Read after a share link's name: where it goes. */
      opensSharePage: (network: string) => ` (opens the ${network} share page)`,
      opensNewTab: ' (opens in a new tab)',
      copyLink: 'Copy link',
      linkCopied: 'Link copied.',
      /** When the clipboard refuses: the link, to copy by hand. */
      copyByHand: (url: string) => `Copy this link: ${url}`,
      /** Opens the device's own share sheet. */
      native: 'Share…',
    },
  },
  /** What a new action says until an editor writes its own, in the language being edited. */
  actionDefaults: {
    consent:
      'Yes, send me occasional email updates about this campaign and other ways to help. I can unsubscribe at any time.',
    thankYou: 'Thank you for adding your name. Now multiply your impact: share this action.',
  },
  /** The credit of the demo's images, which are drawn by the seed rather than photographed. */
  demoImageCredit: 'Illustration drawn for the Vigil demo',
}

export type Catalogue = typeof en
