import { answer, type Catalogue } from './en.ts'

// Modern Standard Arabic. Numbers are written as Intl writes them for Arabic: with the ICU of
// Node 20, Node 24 and current Chromium, Western digits, so the build and the browser agree.
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
      dateline: 'تمّ التوقيع',
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
      email: 'البريد الإلكتروني',
    },
  },
  site: {
    skipToContent: 'تخطَّ إلى المحتوى',
    mainMenu: 'القائمة الرئيسية',
    latest: 'آخر المستجدات',
    languages: 'اللغات',
    // The language's own name follows a colon: « بـEnglish » or « بـالعربية » would read oddly.
    readIn: (language: string) => `نسخة هذه الصفحة: ${language}`,
    rssFeed: 'موجز RSS',
    rssTitle: (site: string) => `${site}: أحدث المنشورات`,
    rssDescription: (site: string) => `أحدث منشورات ${site}`,
    privacy: 'الخصوصية',
    home: {
      heading: 'آخر مستجدات الحملة',
      description: 'مستجدات مؤرَّخة وتحليلات وتحركات من الحملة، الأحدث أولًا.',
      pageTitle: (page: number) => `آخر المستجدات، الصفحة ${number(page)}`,
      pageHeading: (page: number) => `آخر مستجدات الحملة، الصفحة ${number(page)}`,
      noPosts: 'لم يُنشر شيء بهذه اللغة بعد.',
    },
    pagination: {
      label: 'المنشورات الأقدم والأحدث',
      // The page is mirrored: newer posts sit on the right and older on the left, so the arrows
      // point the other way from English (arrows are not mirrored by the bidi algorithm).
      newer: '→ المنشورات الأحدث',
      older: 'المنشورات الأقدم ←',
      position: (page: number, last: number) => `الصفحة ${number(page)} من ${number(last)}`,
    },
    byline: {
      by: 'بقلم',
      // « و » is written joined to the next name: « أحمد وسارة ».
      and: ' و',
      comma: '، ',
      roleSeparator: '، ',
    },
    post: {
      readFull: (publication?: string | null) =>
        publication ? `اقرأ المقال كاملًا في ${publication}` : 'اقرأ المقال كاملًا',
      externalSite: ' (موقع خارجي)',
      topics: 'المواضيع:',
      listSeparator: '، ',
    },
    action: {
      takeAction: 'تحرّك الآن',
      closed: 'انتهى التحرك',
      closedLabel: 'تحرك منتهٍ',
      closedBadge: 'منتهٍ',
      openingSoon: 'يُفتح قريبًا',
      opens: (date?: string) => (date ? `يُفتح في ${date}` : 'يُفتح قريبًا'),
      demandTo: (targets: string) => `مطلبنا إلى ${targets}`,
      addYourName: 'أضف اسمك',
      finalCount: 'الحصيلة النهائية',
      notOpenYet: 'لم يُفتح بعد',
      addressedTo: (targets: string) => `موجَّه إلى ${targets}.`,
      opensOn: (date?: string) =>
        date ? `يبدأ التوقيع في ${date}. عُد حينها لإضافة اسمك.` : 'يبدأ التوقيع قريبًا. عُد حينها لإضافة اسمك.',
      closedOn: (date?: string) =>
        date ? `انتهى هذا التحرك في ${date}. شكرًا لكل من وقّع.` : 'انتهى هذا التحرك. شكرًا لكل من وقّع.',
      seeOpenActions: 'اطّلع على التحركات المفتوحة الآن',
    },
    actions: {
      title: 'تحرّك الآن',
      description: 'عرائض يمكنك توقيعها الآن، ونتائج التحركات السابقة.',
      open: 'مفتوحة الآن',
      noneOpen: 'لا يوجد تحرك مفتوح حاليًا.',
      upcoming: 'تُفتح قريبًا',
      closed: 'التحركات المنتهية',
    },
    progress: {
      // After the count, a verb rather than a counted noun, whose form would depend on the number.
      haveSigned: (count: number) => (count === 1 ? 'وقّع حتى الآن' : 'وقّعوا حتى الآن'),
      signed: (count: number) => (count === 1 ? 'وقّع' : 'وقّعوا'),
      goal: (goal: string) => `الهدف: ${goal}`,
      ofGoal: (percent: number) => `${number(percent)}% من الهدف`,
    },
    topic: {
      kicker: 'الموضوع',
      description: (topic: string) => `منشورات عن ${topic}`,
      noPosts: 'لا توجد منشورات في هذا الموضوع بعد.',
    },
    author: {
      description: (author: string) => `منشورات بقلم ${author}`,
      postsBy: (author: string) => `منشورات بقلم ${author}`,
      noPosts: 'لا توجد منشورات بعد.',
    },
    search: {
      title: 'البحث',
      description: 'ابحث في جميع المنشورات والتحركات والكتّاب على الموقع.',
      needsJavaScript: 'يتطلب البحث تفعيل JavaScript، لكن يمكنك تصفّح المنشورات حسب الموضوع:',
      byTopic: 'تصفّح حسب الموضوع',
      topics: 'المواضيع',
    },
    notFound: {
      title: 'الصفحة غير موجودة',
      heading: 'تعذّر علينا العثور على هذه الصفحة',
      explanation: 'ربما نُقلت، أو ربما انتهت الحملة التي كانت تابعة لها.',
      latest: 'اقرأ أحدث المنشورات',
      actions: 'اطّلع على التحركات المفتوحة الآن',
      search: 'ابحث في الموقع',
    },
    privacyPage: {
      title: 'الخصوصية',
      description: (site: string) => `كيف يتعامل ${site} مع البيانات الشخصية لمن يوقّعون عرائضه.`,
      reading:
        'لا يضع تصفّح هذا الموقع أي ملفات تعريف ارتباط (كوكيز)، ولا يحمّل أي شيء من شركات أخرى: لا أدوات تتبّع، ولا إعلانات، ولا نصوص برمجية لمنصات التواصل الاجتماعي.',
      whenYouSign: 'عندما توقّع عريضة',
      points: [
        'نحتفظ باسمك وعنوان بريدك الإلكتروني وبلدك، ورمزك البريدي إن قدّمته، مقرونةً بالعريضة التي وقّعتها.',
        'متى نصّت العريضة على ذلك، نسلّم الأسماء، لا عناوين البريد الإلكتروني أبدًا، إلى من توجَّه إليهم العريضة.',
        'لا نراسلك بالبريد الإلكتروني بشأن الحملة إلا إذا حدّدت المربع للموافقة؛ فهو لا يكون محدَّدًا مسبقًا أبدًا، ونسجّل نص الموافقة الذي قبلته ووقت قبولك له.',
        'لا نخزّن عنوان شبكتك (عنوان IP)، بل نحتفظ فقط برمز مموَّه مشتق منه لا يمكن استرجاع العنوان منه، وذلك لرصد موجات التوقيعات الآلية وإيقافها.',
        'لا ننشر أبدًا هويات الموقّعين، ولا يعرض الموقع إلا عدد من وقّعوا.',
        'يمكنك أن تطلب منا في أي وقت محو كل ما نحتفظ به من بيانات عنك، في جميع العرائض.',
      ],
      whoIsResponsible: 'الجهة المسؤولة',
      responsible: (organisation: string) =>
        `${organisation} مسؤولة عن البيانات الشخصية التي تُجمع هنا. لمعرفة ما نحتفظ به عنك أو تصحيحه أو محوه، راسل الشخص المسؤول عن حمايتها:`,
      mailingAddress: 'العنوان البريدي',
    },
  },
  actionDefaults: {
    consent:
      'نعم، أرسلوا إليّ من حين لآخر رسائل بالبريد الإلكتروني عن هذه الحملة وعن طرق أخرى للمساعدة. يمكنني إلغاء الاشتراك في أي وقت.',
    thankYou: 'شكرًا لإضافة اسمك. ضاعِف أثرك الآن: شارك هذا التحرك.',
  },
  demoImageCredit: 'رسم توضيحي أُعدّ لعرض Vigil التجريبي',
}
