import { answer, type Catalogue } from './en.ts'

// Modern Standard Arabic. Numbers are written with the digits Intl gives Arabic (٠١٢٣…).
const number = (value: number) => value.toLocaleString('ar')

export const ar: Catalogue = {
  petition: {
    labels: { name: 'الاسم الكامل', email: 'البريد الإلكتروني', country: 'البلد', postalCode: 'الرمز البريدي' },
    optional: '(اختياري)',
    chooseCountry: 'اختر بلدك',
    honeypot: 'اترك هذا الحقل فارغًا',
    signNow: 'وقّع الآن',
    signing: 'جارٍ التوقيع…',
    delivery: (targets: string, namesGoToTargets: boolean) =>
      namesGoToTargets
        ? `توجَّه العريضة إلى ${targets}. سيُسلَّم إليهم اسمك وبلدك، أما بريدك الإلكتروني فلا يُسلَّم أبدًا.`
        : `توجَّه العريضة إلى ${targets}. لن يُسلَّم إليهم اسمك.`,
    useOfDetails: 'لا نستخدم بياناتك إلا لهذه العريضة، ولإرسال المستجدات إليك إن حدّدت المربع.',
    privacyNotice: 'إشعار الخصوصية',
    // One phrasing for every count: Arabic's plural has six forms.
    checkAnswers: (count: number) =>
      count === 1 ? 'يُرجى مراجعة إجابة واحدة.' : `يُرجى مراجعة الإجابات المشار إليها (${number(count)}).`,
    problemLine: (label: string, problem: string) => `${label}: ${problem}`,
    problems: {
      name: 'يُرجى إدخال اسمك.',
      nameFormula: 'يُرجى أن يبدأ اسمك بحرف.',
      nameUrl: 'يُرجى إدخال اسمك من دون عنوان موقع إلكتروني.',
      nameHidden: 'يُرجى إدخال اسمك من دون أحرف مخفية أو أحرف تحكّم.',
      email: 'يُرجى إدخال عنوان بريد إلكتروني صالح.',
      country: 'يُرجى اختيار بلدك.',
      postalCode: 'يُرجى التحقق من الرمز البريدي.',
    },
    notSent: 'تعذّر إرسال توقيعك. يُرجى المحاولة مرة أخرى.',
    offline: 'تعذّر إرسال توقيعك: تحقّق من اتصالك وحاول مرة أخرى.',
    errorPage: {
      title: (action: string) => `راجع توقيعك: ${action}`,
      heading: (action: string) => `أوشكت على الانتهاء: ${action}`,
      backToAction: 'العودة إلى التحرك',
    },
    answers: {
      signed: 'شكرًا لتوقيعك.',
      serverError: 'حدث خطأ من جهتنا ولم يُحفظ شيء. يُرجى المحاولة مرة أخرى.',
      invalid: answer('راجع إجاباتك', 'يُرجى مراجعة الحقول المشار إليها.'),
      unknownAction: answer('التحرك غير موجود', 'لا يوجد تحرك منشور على هذا العنوان.'),
      closed: answer('انتهى هذا التحرك', 'لم يعد هذا التحرك يجمع التوقيعات. شكرًا لدعمك.'),
      notOpenYet: answer('لم يُفتح بعد', 'لم يُفتح هذا التحرك للتوقيع بعد. يُرجى العودة قريبًا.'),
      otherOrigin: answer('غير مقبول هنا', 'لا تُقبل التوقيعات إلا من موقع الحملة نفسه.'),
      unreadable: 'تعذّرت قراءة التوقيع',
      tooFast: (seconds: number) =>
        answer(
          'يُرجى الانتظار قليلًا',
          `وصلت توقيعات كثيرة من شبكتك في هذه اللحظة. يُرجى المحاولة مرة أخرى بعد ${number(seconds)} ثانية.`,
        ),
    },
    thanks: {
      greeting: (name: string) => `شكرًا يا ${name.split(' ')[0]}!`,
      pageTitle: (action: string) => `شكرًا لتوقيعك: ${action}`,
      dateline: 'تاريخ التوقيع',
      heading: 'شكرًا لإضافة اسمك',
      youSigned: 'لقد وقّعت',
      countsOnce: 'التوقيع مرتين بالبريد الإلكتروني نفسه يُحتسب مرة واحدة، فلا حاجة إلى فعل المزيد هنا.',
    },
    share: {
      heading: 'شارك',
      suggested: 'رسالة مقترحة:',
      permalink: 'الرابط:',
      opensSharePage: (network: string) => ` (يفتح صفحة المشاركة في ${network})`,
      opensNewTab: ' (يُفتح في علامة تبويب جديدة)',
      copyLink: 'انسخ الرابط',
      linkCopied: 'نُسخ الرابط.',
      copyByHand: (url: string) => `انسخ هذا الرابط: ${url}`,
      native: 'مشاركة…',
    },
  },
  actionDefaults: {
    consent:
      'نعم، أرسلوا إليّ من حين لآخر رسائل بالبريد الإلكتروني عن هذه الحملة وعن طرق أخرى للمساعدة. يمكنني إلغاء الاشتراك في أي وقت.',
    thankYou: 'شكرًا لإضافة اسمك. ضاعِف أثرك الآن: شارك هذا التحرك.',
  },
  demoImageCredit: 'رسم توضيحي أُعدّ لعرض Vigil التجريبي',
}
