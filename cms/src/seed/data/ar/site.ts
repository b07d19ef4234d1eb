import type { SeedSiteTranslation } from '../../types'

export const site: SeedSiteTranslation = {
  name: 'Vigil',
  tagline: 'إلى جانب الشعب السوري',
  menu: [
    { label: 'الأحدث', href: '/ar/' },
    { label: 'تحركوا', href: '/ar/actions/' },
    { label: 'سوريا', href: '/ar/topics/سوريا/' },
    { label: 'اللاجئون', href: '/ar/topics/اللاجئون/' },
    { label: 'بحث', href: '/ar/search/' },
  ],
  footer:
    'موقع Vigil نموذج تجريبي لنشر الحملات لمنظمات حقوق الإنسان. تعيد منشوراته بكلماتنا الخاصة رواية تقارير علنية عن سوريا بين عامي ٢٠١٦ و٢٠١٨؛ أما الصور فهي رسوم توضيحية أعدت خصيصاً لهذا العرض.',
  privacyUrl: '/ar/privacy/',
}
