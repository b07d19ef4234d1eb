import type { SeedAuthorTranslation } from '../../../types'

export const leenHashem: SeedAuthorTranslation = {
  roleLine: 'مسؤولة الحملات المعنية بسوريا',
  bio: 'تقود حملات دفاعاً عن حقوق السوريين داخل بلادهم وحقوق اللاجئين في دول الجوار.',
}
