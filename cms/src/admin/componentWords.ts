import type { NestedKeysStripped } from '@payloadcms/translations'

// The words of Vigil's own admin components (labels.ts has our fields' labels), in each language
// the admin speaks (payload.config.ts `i18n.supportedLanguages`). Payload merges them into its own
// translations, so components read them with `useTranslation().t('vigil:…')`, in the language each
// editor chose in their account. `{{name}}` is filled in by `t(key, { name })`; `_one` / `_other`
// are picked by `{ count }`.
const en = {
  vigil: {
    languagesHeading: 'Languages',
    languageCurrent: 'published',
    languageOutdated: 'older than the English',
    languageDraft: 'draft, not published',
    languageMissing: 'not translated',
    languageEditing: 'editing',
    languageOpen: 'Edit the {{language}} version',
    languagesExplanation:
      'Each language is published on its own. A translation is flagged once the English is published again after it.',

    viewLive: 'View on the live site',
    viewLiveNote: 'Published changes appear there within seconds.',

    signatures_one: 'signature',
    signatures_other: 'signatures',
    goal: 'goal {{goal}}',
    towardGoal: 'Signatures toward the goal',
    shareOfGoal: '{{share}}% of the goal; updated every few seconds.',
    downloadDelivery: 'Download for delivery to targets (CSV: names, countries)',
    downloadFull: 'Download full record (CSV: with emails and consent)',

    eraseHeading: 'Erase a signer’s data',
    eraseExplanation:
      'Deletes every signature made with this email address, on every action (matched as signing matches: case, dots and +tags do not matter).',
    eraseEmail: 'Signer’s email',
    eraseConfirm: 'Erase every signature made with {{email}}, on every action? This cannot be undone.',
    eraseNone: 'No signatures were found for that address.',
    erased_one: 'Erased {{count}} signature.',
    erased_other: 'Erased {{count}} signatures.',
    eraseFailed: 'Erasure failed.',
    erase: 'Erase',
    erasing: 'Erasing…',
    cmsAnswered: 'The CMS answered {{status}}.',

    siteHeading: 'The live site',
    siteChecking: 'Checking the site’s build state…',
    siteLiveSince: 'Live since',
    sitePages: '{{pages}} pages',
    siteChangedRebuilt: 'changed pages rebuilt in {{duration}}',
    siteAllBuilt: 'all built in {{duration}}',
    siteOpen: 'Open the site',
    siteNoRelease: 'No release is live yet.',
    siteBuilding: 'Building:',
    siteBuildingPages: '{{pages}} pages',
    siteBuildingPagesOf: '{{pages}} of about {{expected}} pages',
    siteBuildingChanged: '{{pages}} changed pages',
    siteBuildingChangedOf: '{{pages}} of about {{expected}} changed pages',
    siteQueued: 'another build will follow',
    siteFailed: 'The last build failed',
    siteFailedNote: 'visitors still see the release above.',
    siteBuildOutput: 'Build output',
    siteRebuild: 'Rebuild now',
    siteRebuilding: 'Rebuilding…',
    siteRebuildAsked: 'Full rebuild requested: every page is rendered again, which takes a little longer.',
    siteRebuildRefused: 'The rebuild could not be requested.',
  },
}

export type AdminTranslations = typeof en
export type AdminTranslationKey = NestedKeysStripped<AdminTranslations>

const fr: AdminTranslations = {
  vigil: {
    languagesHeading: 'Langues',
    languageCurrent: 'publiée',
    languageOutdated: 'plus ancienne que l’anglais',
    languageDraft: 'brouillon, non publiée',
    languageMissing: 'non traduite',
    languageEditing: 'en cours',
    languageOpen: 'Modifier en {{language}}',
    languagesExplanation:
      'Chaque langue est publiée séparément. Une traduction est signalée dès que l’anglais est publié de nouveau après elle.',

    viewLive: 'Voir sur le site public',
    viewLiveNote: 'Les modifications publiées y paraissent en quelques secondes.',

    signatures_one: 'signature',
    signatures_other: 'signatures',
    goal: 'objectif {{goal}}',
    towardGoal: 'Signatures par rapport à l’objectif',
    shareOfGoal: '{{share}}\u00a0% de l’objectif\u202f; mis à jour toutes les quelques secondes.',
    downloadDelivery: 'Télécharger pour la remise aux destinataires (CSV\u00a0: noms, pays)',
    downloadFull: 'Télécharger le registre complet (CSV\u00a0: avec courriels et consentements)',

    eraseHeading: 'Effacer les données d’un signataire',
    eraseExplanation:
      'Supprime toutes les signatures faites avec cette adresse courriel, pour toutes les actions (reconnue comme à la signature\u00a0: majuscules, points et +étiquettes ne comptent pas).',
    eraseEmail: 'Courriel du signataire',
    eraseConfirm:
      'Effacer toutes les signatures faites avec {{email}}, pour toutes les actions\u202f? Cette opération est irréversible.',
    eraseNone: 'Aucune signature n’a été trouvée pour cette adresse.',
    erased_one: '{{count}} signature effacée.',
    erased_other: '{{count}} signatures effacées.',
    eraseFailed: 'L’effacement a échoué.',
    erase: 'Effacer',
    erasing: 'Effacement…',
    cmsAnswered: 'Le CMS a répondu {{status}}.',

    siteHeading: 'Le site public',
    siteChecking: 'Vérification de l’état de la génération du site…',
    siteLiveSince: 'En ligne depuis le',
    sitePages: '{{pages}}\u00a0pages',
    siteChangedRebuilt: 'pages modifiées générées en {{duration}}',
    siteAllBuilt: 'tout généré en {{duration}}',
    siteOpen: 'Ouvrir le site',
    siteNoRelease: 'Aucune version n’est encore en ligne.',
    siteBuilding: 'Génération\u00a0:',
    siteBuildingPages: '{{pages}}\u00a0pages',
    siteBuildingPagesOf: '{{pages}} sur environ {{expected}}\u00a0pages',
    siteBuildingChanged: '{{pages}}\u00a0pages modifiées',
    siteBuildingChangedOf: '{{pages}} sur environ {{expected}}\u00a0pages modifiées',
    siteQueued: 'une autre génération suivra',
    siteFailed: 'La dernière génération a échoué',
    siteFailedNote: 'les visiteurs voient toujours la version ci-dessus.',
    siteBuildOutput: 'Journal de génération',
    siteRebuild: 'Tout régénérer',
    siteRebuilding: 'Régénération…',
    siteRebuildAsked:
      'Régénération complète demandée\u00a0: chaque page est produite de nouveau, ce qui prend un peu plus de temps.',
    siteRebuildRefused: 'La régénération n’a pas pu être demandée.',
  },
}

/** For payload.config.ts `i18n.translations`. */
export const adminTranslations = { en, fr }

/** The BCP 47 tag whose conventions the admin's dates and numbers follow, by its interface language. */
export const adminLocaleTag = (language: string) => (language === 'fr' ? 'fr-CA' : 'en-CA')
