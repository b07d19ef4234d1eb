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
      /** The share link that opens the reader's mail program. */
      email: 'Email',
    },
  },
  /** The static site's own words: its frame, lists, pages and the petition's count. */
  site: {
    skipToContent: 'Skip to content',
    mainMenu: 'Main menu',
    /** The menu's one item when the site settings give none. */
    latest: 'Latest',
    /** The language switcher: its name, and each link's description. */
    languages: 'Languages',
    readIn: (language: string) => `Read this page in ${language}`,
    rssFeed: 'RSS feed',
    rssTitle: (site: string) => `${site}: latest posts`,
    rssDescription: (site: string) => `Latest from ${site}`,
    privacy: 'Privacy',
    home: {
      heading: 'Latest from the campaign',
      description: 'Dated updates, analysis and actions from the campaign, newest first.',
      pageTitle: (page: number) => `Latest, page ${page}`,
      pageHeading: (page: number) => `Latest from the campaign, page ${page}`,
      noPosts: 'Nothing has been published in this language yet.',
    },
    pagination: {
      label: 'Older and newer posts',
      newer: '← Newer posts',
      older: 'Older posts →',
      position: (page: number, last: number) => `Page ${page} of ${last}`,
    },
    byline: {
      by: 'By',
      /** Between the last two names, then between the others. */
      and: ' and ',
      comma: ', ',
      roleSeparator: ', ',
    },
    post: {
      readFull: (publication?: string | null) =>
        publication ? `Read the full article on ${publication}` : 'Read the full article',
      externalSite: ' (external site)',
      topics: 'Topics:',
      listSeparator: ', ',
    },
    action: {
      takeAction: 'Take action',
      closed: 'Action closed',
      closedLabel: 'Closed action',
      closedBadge: 'Closed',
      openingSoon: 'Opening soon',
      opens: (date?: string) => (date ? `Opens ${date}` : 'Opens soon'),
      demandTo: (targets: string) => `Our demand to ${targets}`,
      addYourName: 'Add your name',
      finalCount: 'Final count',
      notOpenYet: 'Not open yet',
      addressedTo: (targets: string) => `Addressed to ${targets}.`,
      opensOn: (date?: string) =>
        date
          ? `Signing opens on ${date}. Come back then to add your name.`
          : 'Signing opens soon. Come back then to add your name.',
      closedOn: (date?: string) =>
        date
          ? `This action closed on ${date}. Thank you to everyone who signed.`
          : 'This action closed. Thank you to everyone who signed.',
      seeOpenActions: 'See the actions open now',
    },
    actions: {
      title: 'Take action',
      description: 'Petitions you can sign now, and the results of past actions.',
      open: 'Open now',
      noneOpen: 'No action is open right now.',
      upcoming: 'Opening soon',
      closed: 'Closed actions',
    },
    progress: {
      /** After the count, while the action is open and once it has closed. */
      haveSigned: (count: number): string => (count === 1 ? 'has signed' : 'have signed'),
      signed: (_count: number): string => 'signed',
      goal: (goal: string) => `goal ${goal}`,
      ofGoal: (percent: number) => `${percent}% of the goal`,
    },
    topic: {
      kicker: 'Topic',
      description: (topic: string) => `Posts about ${topic}`,
      noPosts: 'No posts on this topic yet.',
    },
    author: {
      description: (author: string) => `Posts by ${author}`,
      postsBy: (author: string) => `Posts by ${author}`,
      noPosts: 'No posts yet.',
    },
    search: {
      title: 'Search',
      description: 'Search every post, action and author on the site.',
      needsJavaScript: 'Search needs JavaScript. You can still browse by topic:',
      byTopic: 'Browse by topic',
      topics: 'Topics',
    },
    notFound: {
      title: 'Page not found',
      heading: 'We could not find that page',
      explanation: 'It may have moved, or the campaign it belonged to may have ended.',
      latest: 'Read the latest posts',
      actions: 'See the actions open now',
      search: 'Search the site',
    },
    privacyPage: {
      title: 'Privacy',
      description: (site: string) => `How ${site} handles the personal data of people who sign its petitions.`,
      reading:
        'Reading this site sets no cookies and loads nothing from other companies: no trackers, no advertising, no social media scripts.',
      whenYouSign: 'When you sign a petition',
      points: [
        'We keep your name, email address, country and, if you give it, your postal code, with the petition you signed.',
        'We deliver names, never email addresses, to the people the petition is addressed to, when the petition says so.',
        'We email you about the campaign only if you tick the box to say yes; it is never ticked for you, and we record the wording you agreed to and when.',
        'We do not store your network (IP) address. We keep only a scrambled code made from it, which cannot be turned back into the address, to spot and stop automated floods of signatures.',
        'We never publish who signed. The site shows only how many people have signed.',
        'You can ask us at any time to erase everything we hold about you, across every petition.',
      ],
      whoIsResponsible: 'Who is responsible',
      responsible: (organisation: string) =>
        `${organisation} is responsible for the personal information collected here. To ask what we hold about you, to correct it or to have it erased, write to the person responsible for it:`,
      mailingAddress: 'Mailing address',
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
