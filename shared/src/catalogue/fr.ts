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
      dateline: 'Signé le',
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
    },
  },
  actionDefaults: {
    consent:
      'Oui, envoyez-moi à l’occasion des nouvelles par courriel sur cette campagne et sur d’autres façons d’aider. Je peux me désabonner en tout temps.',
    thankYou: 'Merci d’avoir ajouté votre nom. Multipliez maintenant votre impact : partagez cette action.',
  },
  demoImageCredit: 'Illustration dessinée pour la démonstration de Vigil',
}
