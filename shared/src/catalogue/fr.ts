import { answer, type Catalogue } from './en.ts'

// Canadian French (OQLF typography: a non-breaking space before « : ; ! ? » and inside « »).
export const fr: Catalogue = {
  petition: {
    labels: { name: 'Nom complet', email: 'Courriel', country: 'Pays', postalCode: 'Code postal' },
    optional: '(facultatif)',
    chooseCountry: 'Choisissez votre pays',
    honeypot: 'Laissez ce champ vide',
    signNow: 'Je signe',
    signing: 'Envoi en cours…',
    // The targets stand alone, so no article has to agree with them (« à les gouvernements »).
    delivery: (targets: string, namesGoToTargets: boolean) =>
      namesGoToTargets
        ? `Destinataires : ${targets}. Votre nom et votre pays leur seront remis ; votre courriel, jamais.`
        : `Destinataires : ${targets}. Votre nom ne leur est pas transmis.`,
    useOfDetails:
      'Nous utilisons vos coordonnées uniquement pour cette pétition et, si vous cochez la case, pour vous tenir au courant.',
    privacyNotice: 'Avis de confidentialité',
    checkAnswers: (count: number) =>
      count === 1 ? 'Veuillez vérifier une réponse.' : `Veuillez vérifier ${count} réponses.`,
    problemLine: (label: string, problem: string) => `${label} : ${problem}`,
    problems: {
      name: 'Veuillez entrer votre nom.',
      nameFormula: 'Veuillez commencer votre nom par une lettre.',
      nameUrl: 'Veuillez entrer votre nom sans adresse Web.',
      nameHidden: 'Veuillez entrer votre nom sans caractères invisibles ou de contrôle.',
      email: 'Veuillez entrer une adresse courriel valide.',
      country: 'Veuillez choisir votre pays.',
      postalCode: 'Veuillez vérifier votre code postal.',
    },
    notSent: 'Votre signature n’a pas pu être envoyée. Veuillez réessayer.',
    offline: 'Votre signature n’a pas pu être envoyée : vérifiez votre connexion et réessayez.',
    errorPage: {
      title: (action: string) => `Vérifiez votre signature : ${action}`,
      heading: (action: string) => `Vous y êtes presque : ${action}`,
      backToAction: 'Retour à l’action',
    },
    answers: {
      signed: 'Merci d’avoir signé.',
      serverError: 'Un problème est survenu de notre côté ; rien n’a été enregistré. Veuillez réessayer.',
      invalid: answer('Vérifiez vos réponses', 'Veuillez vérifier les champs signalés.'),
      unknownAction: answer('Action introuvable', 'Aucune action publiée ne se trouve à cette adresse.'),
      closed: answer(
        'Cette action est terminée',
        'Cette action ne recueille plus de signatures. Merci de votre appui.',
      ),
      notOpenYet: answer(
        'Pas encore ouverte',
        'Cette action n’est pas encore ouverte aux signatures. Revenez bientôt.',
      ),
      otherOrigin: answer('Non accepté ici', 'Les signatures ne sont acceptées que depuis le site de la campagne.'),
      unreadable: 'Impossible de lire la signature',
      tooFast: (seconds: number) =>
        answer(
          'Un instant, s’il vous plaît',
          `Trop de signatures arrivent de votre réseau en ce moment. Veuillez réessayer dans ${seconds} secondes.`,
        ),
    },
    thanks: {
      greeting: (name: string) => `Merci, ${name.split(' ')[0]} !`,
      pageTitle: (action: string) => `Merci d’avoir signé : ${action}`,
      dateline: 'Signature reçue',
      heading: 'Merci d’avoir ajouté votre nom',
      youSigned: 'Vous avez signé',
      countsOnce: 'Une même adresse courriel ne compte qu’une fois : vous n’avez rien d’autre à faire ici.',
    },
    share: {
      heading: 'Partager',
      suggested: 'Message suggéré :',
      permalink: 'Lien :',
      opensSharePage: (network: string) => ` (ouvre la page de partage de ${network})`,
      opensNewTab: ' (s’ouvre dans un nouvel onglet)',
      copyLink: 'Copier le lien',
      linkCopied: 'Lien copié.',
      copyByHand: (url: string) => `Copiez ce lien : ${url}`,
      native: 'Partager…',
      email: 'Courriel',
    },
  },
  site: {
    skipToContent: 'Passer au contenu',
    mainMenu: 'Menu principal',
    latest: 'Actualités',
    languages: 'Langues',
    // The language's own name follows a colon: « en English » or « en العربية » would read oddly.
    readIn: (language: string) => `Version de cette page : ${language}`,
    rssFeed: 'Fil RSS',
    rssTitle: (site: string) => `${site} : derniers articles`,
    // « du site » rather than « de », which would have to elide before a vowel (« d’Amnistie »).
    rssDescription: (site: string) => `Les dernières publications du site ${site}`,
    privacy: 'Confidentialité',
    home: {
      heading: 'Les dernières nouvelles de la campagne',
      description: 'Mises à jour datées, analyses et actions de la campagne, des plus récentes aux plus anciennes.',
      pageTitle: (page: number) => `Actualités, page ${page}`,
      pageHeading: (page: number) => `Les dernières nouvelles de la campagne, page ${page}`,
      noPosts: 'Rien n’a encore été publié dans cette langue.',
    },
    pagination: {
      label: 'Articles plus anciens et plus récents',
      newer: '← Articles plus récents',
      older: 'Articles plus anciens →',
      position: (page: number, last: number) => `Page ${page} sur ${last}`,
    },
    byline: {
      by: 'Par',
      and: ' et ',
      comma: ', ',
      roleSeparator: ', ',
    },
    post: {
      // « dans » needs no article of its own (« sur le site de Le Devoir » would).
      readFull: (publication?: string | null) =>
        publication ? `Lire l’article complet dans ${publication}` : 'Lire l’article complet',
      externalSite: ' (site externe)',
      topics: 'Sujets :',
      listSeparator: ', ',
    },
    action: {
      takeAction: 'Passer à l’action',
      closed: 'Action terminée',
      closedLabel: 'Action terminée',
      closedBadge: 'Terminée',
      openingSoon: 'Ouverture prochaine',
      opens: (date?: string) => (date ? `Ouverture le ${date}` : 'Ouverture prochaine'),
      // As in petition.delivery, the targets stand alone, so « à » never meets their article.
      demandTo: (targets: string) => `Destinataires de notre demande : ${targets}`,
      addYourName: 'Ajoutez votre nom',
      finalCount: 'Décompte final',
      notOpenYet: 'Pas encore ouverte',
      addressedTo: (targets: string) => `Destinataires : ${targets}.`,
      opensOn: (date?: string) =>
        date
          ? `Cette action sera ouverte aux signatures le ${date}. Revenez à ce moment-là pour ajouter votre nom.`
          : 'Cette action sera bientôt ouverte aux signatures. Revenez à ce moment-là pour ajouter votre nom.',
      closedOn: (date?: string) =>
        date
          ? `Cette action a pris fin le ${date}. Merci à toutes les personnes qui l’ont signée.`
          : 'Cette action a pris fin. Merci à toutes les personnes qui l’ont signée.',
      seeOpenActions: 'Voir les actions en cours',
    },
    actions: {
      title: 'Passer à l’action',
      description: 'Les pétitions que vous pouvez signer dès maintenant, et les résultats des actions passées.',
      open: 'En cours',
      noneOpen: 'Aucune action n’est en cours pour le moment.',
      upcoming: 'À venir',
      closed: 'Actions terminées',
    },
    progress: {
      // After the count: « 1 234 ont déjà signé » while open, « 1 234 ont signé » once closed.
      // French counts 0 and 1 in the singular.
      haveSigned: (count: number) => (count <= 1 ? 'a déjà signé' : 'ont déjà signé'),
      signed: (count: number) => (count <= 1 ? 'a signé' : 'ont signé'),
      goal: (goal: string) => `objectif : ${goal}`,
      ofGoal: (percent: number) => `${percent} % de l’objectif`,
    },
    topic: {
      kicker: 'Sujet',
      description: (topic: string) => `Articles sur le sujet « ${topic} »`,
      noPosts: 'Aucun article sur ce sujet pour l’instant.',
    },
    author: {
      // « par » rather than « de », which would have to elide before a vowel (« d’Anne »).
      description: (author: string) => `Articles rédigés par ${author}`,
      postsBy: (author: string) => `Articles rédigés par ${author}`,
      noPosts: 'Aucun article pour l’instant.',
    },
    search: {
      title: 'Recherche',
      description: 'Cherchez parmi l’ensemble des articles, des actions et des auteurs du site.',
      needsJavaScript: 'La recherche nécessite JavaScript. Vous pouvez tout de même parcourir les sujets :',
      byTopic: 'Parcourir par sujet',
      topics: 'Sujets',
    },
    notFound: {
      title: 'Page introuvable',
      heading: 'Nous n’avons pas trouvé cette page',
      explanation: 'Elle a peut-être été déplacée, ou la campagne dont elle faisait partie a pris fin.',
      latest: 'Lire les derniers articles',
      actions: 'Voir les actions en cours',
      search: 'Chercher dans le site',
    },
    privacyPage: {
      title: 'Confidentialité',
      description: (site: string) =>
        `Comment ${site} traite les données personnelles des personnes qui signent ses pétitions.`,
      reading:
        'La consultation de ce site ne dépose aucun témoin (cookie) et ne charge rien qui provienne d’autres entreprises : aucun traceur, aucune publicité, aucun script de réseau social.',
      whenYouSign: 'Lorsque vous signez une pétition',
      points: [
        'Nous conservons votre nom, votre adresse courriel, votre pays et, si vous l’indiquez, votre code postal, associés à la pétition que vous avez signée.',
        'Lorsque la pétition le prévoit, nous remettons les noms, mais jamais les adresses courriel, aux personnes à qui elle est adressée.',
        'Nous vous écrivons par courriel au sujet de la campagne seulement si vous cochez la case pour l’accepter ; elle n’est jamais cochée d’avance, et nous consignons le texte que vous avez accepté ainsi que la date et l’heure de votre accord.',
        'Nous ne conservons pas votre adresse réseau (adresse IP). Nous gardons seulement un code brouillé calculé à partir de celle-ci, qui ne permet pas de retrouver l’adresse, afin de repérer et de bloquer les déferlements automatisés de signatures.',
        'Nous ne publions jamais l’identité des signataires. Le site indique seulement combien de personnes ont signé.',
        'Vous pouvez nous demander en tout temps d’effacer toutes les données que nous détenons à votre sujet, pour l’ensemble des pétitions.',
      ],
      whoIsResponsible: 'Qui en est responsable',
      responsible: (organisation: string) =>
        `${organisation} est responsable des renseignements personnels recueillis ici. Pour savoir ce que nous détenons à votre sujet, le faire corriger ou le faire effacer, écrivez à la personne responsable de leur protection :`,
      mailingAddress: 'Adresse postale',
    },
  },
  actionDefaults: {
    consent:
      'Oui, envoyez-moi à l’occasion des nouvelles par courriel sur cette campagne et sur d’autres façons d’aider. Je peux me désabonner en tout temps.',
    thankYou: 'Merci d’avoir ajouté votre nom. Multipliez maintenant votre impact : partagez cette action.',
  },
  demoImageCredit: 'Illustration dessinée pour la démonstration de Vigil',
}
